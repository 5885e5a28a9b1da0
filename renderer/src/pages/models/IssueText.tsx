import { Typography } from 'antd';
import type { ModelIssue } from '../../../../shared/scoring';
import { useLang } from '../tiers/tier-display';

/** The core's validation messages for one field or section, in the UI language. */
export function IssueText({ issues }: { issues: ModelIssue[] }) {
  const lang = useLang();
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="model-issues">
      {issues.map((issue, i) => (
        <Typography.Text key={i} type="danger" style={{ display: 'block', fontSize: 12 }}>
          {issue.message[lang]}
        </Typography.Text>
      ))}
    </div>
  );
}
