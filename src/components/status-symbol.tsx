import { HOME_SYMBOL, STATUS_STYLES } from './status-style';
import type { RelationStatus } from '../data/vocabulary';
import './status-symbol.css';

/**
 * The map's symbol for a status (or the home city), for the legend, list and panel.
 * Colours come from CSS custom properties (--status-*), set per theme. Decorative: pair it with text.
 */
export function StatusSymbol({ status, size = 16 }: { status: RelationStatus | 'home'; size?: number }) {
  const style = status === 'home' ? { symbol: HOME_SYMBOL, hollow: false } : STATUS_STYLES[status];
  const color = `var(--status-${status})`;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className="status-symbol"
    >
      <path
        d={style.symbol}
        fill={style.hollow ? 'var(--surface)' : color}
        stroke={color}
        strokeWidth={style.hollow ? 3 : 1}
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A short sample of the status's line pattern, as the legend shows it. */
export function StatusLineSample({ status }: { status: RelationStatus }) {
  const { dash } = STATUS_STYLES[status];
  const width = 3;
  return (
    <svg
      width={36}
      height={10}
      viewBox="0 0 36 10"
      aria-hidden="true"
      focusable="false"
      className="status-line"
    >
      <line
        x1={0}
        y1={5}
        x2={36}
        y2={5}
        stroke={`var(--status-${status})`}
        strokeWidth={width}
        strokeDasharray={dash.length > 1 ? dash.map((d) => d * width).join(' ') : undefined}
      />
    </svg>
  );
}
