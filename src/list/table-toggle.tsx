import { useTranslation } from 'react-i18next';
import type { ListMode } from '../state/table-view';
import './table-toggle.css';

/**
 * One toggle button: pressed, the cities show as a table; released, as the list. A tick in a box
 * and the filled button say which, besides aria-pressed, so nothing rests on colour.
 */
export function TableToggle({ mode, onChange }: { mode: ListMode; onChange: (mode: ListMode) => void }) {
  const { t } = useTranslation();
  const pressed = mode === 'table';
  return (
    <button
      type="button"
      className="table-toggle"
      aria-pressed={pressed}
      onClick={() => onChange(pressed ? 'list' : 'table')}
    >
      <span className="table-toggle-box" aria-hidden="true">
        {pressed ? '✓' : ''}
      </span>
      {t('table.toggle')}
    </button>
  );
}
