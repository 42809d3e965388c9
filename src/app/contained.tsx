import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/error-boundary';
import './contained.css';

/** The parts of the page that fail on their own. */
export type ContainedArea =
  'map' | 'panel' | 'list' | 'filters' | 'time' | 'compare' | 'legend' | 'share' | 'statement';

/** Each area's message, spelled out so the message-key test sees every key in use. */
const AREA_MESSAGES = {
  map: 'contained.map',
  panel: 'contained.panel',
  list: 'contained.list',
  filters: 'contained.filters',
  time: 'contained.time',
  compare: 'contained.compare',
  legend: 'contained.legend',
  share: 'contained.share',
  statement: 'contained.statement',
} as const satisfies Record<ContainedArea, string>;

function ContainedError({
  area,
  onRetry,
  onClose,
}: {
  area: ContainedArea;
  onRetry: () => void;
  onClose?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`contained-error contained-${area}`} role="alert">
      <p>
        <strong>{t(AREA_MESSAGES[area])}</strong> {t('contained.rest')}
      </p>
      <button type="button" onClick={onRetry}>
        {t('contained.retry')}
      </button>
      {onClose && (
        <button type="button" onClick={onClose}>
          {t('panel.close')}
        </button>
      )}
    </div>
  );
}

/** One part of the page: if it throws, it alone shows an error with a reload button. */
export function Contained({
  area,
  resetKey,
  onClose,
  children,
}: {
  area: ContainedArea;
  resetKey?: unknown;
  /** A part that can be closed (the panel) offers that too, so a failure never traps the reader. */
  onClose?: () => void;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary
      resetKey={resetKey}
      fallback={(reset) => <ContainedError area={area} onRetry={reset} onClose={onClose} />}
    >
      {children}
    </ErrorBoundary>
  );
}
