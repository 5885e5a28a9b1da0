import type { ReactNode } from 'react';

export function PageHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {extra ? <div style={{ display: 'flex', gap: 8 }}>{extra}</div> : null}
    </div>
  );
}
