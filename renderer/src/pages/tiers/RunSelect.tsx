import { Select } from 'antd';
import type { RunInfo } from '../../../../shared/ipc/channels/ratings';
import { useSettings } from '../../stores/settings';
import { runLabel, useLang } from './tier-display';

/** Picks one rating run, newest first. */
export function RunSelect({ runs, value, onChange, label, testId }: { runs: RunInfo[]; value: string | undefined; onChange: (id: string) => void; label: string; testId?: string }) {
  const format = useSettings((s) => s.format);
  const lang = useLang();
  return (
    <Select
      aria-label={label}
      data-testid={testId}
      style={{ minWidth: 300 }}
      value={value}
      placeholder={label}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      options={runs.map((r) => ({ value: r.id, label: runLabel(r, format.date, lang) }))}
    />
  );
}
