import { useEffect, useRef } from 'react';
import { echarts, type EChartsOption } from './echarts-setup';
import './tier-screens.css';

export interface ChartClick {
  seriesType?: string;
  dataType?: string;
  name?: string;
  dataIndex?: number;
  seriesIndex?: number;
  data?: unknown;
}

interface Props {
  option: EChartsOption;
  /** reserved height, so the layout does not jump while data loads */
  height: number;
  onClick?: (event: ChartClick) => void;
  testId?: string;
  ariaLabel?: string;
}

/** A small echarts host: init once, setOption on change, resize with its box, dispose on unmount. */
export function EChart({ option, height, onClick, testId, ariaLabel }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => clickRef.current?.(event as ChartClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true, lazyUpdate: true });
  }, [option]);

  return <div ref={host} data-testid={testId} role="img" aria-label={ariaLabel} style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }} />;
}
