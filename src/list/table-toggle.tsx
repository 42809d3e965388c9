import { useTranslation } from 'react-i18next';
import { LIST_MODES, type ListMode } from '../state/table-view';
import './list-mode-switch.css';

const MODE_LABEL_KEYS = { list: 'table.modeList', table: 'table.modeTable' } as const satisfies Record<
  ListMode,
  string
>;

/** Two toggle buttons, list or table; the pressed one says which is shown (aria-pressed and a fill). */
export function ListModeSwitch({ mode, onChange }: { mode: ListMode; onChange: (mode: ListMode) => void }) {
  const { t } = useTranslation();
  return (
    <div className="list-mode-switch" role="group" aria-label={t('table.modeLabel')}>
      {LIST_MODES.map((value) => (
        <button
          key={value}
          type="button"
          aria-pressed={value === mode}
          onClick={() => {
            if (value !== mode) onChange(value);
          }}
        >
          {t(MODE_LABEL_KEYS[value])}
        </button>
      ))}
    </div>
  );
}
