import type { ReactNode } from 'react';

export interface ChipOption<T extends string> {
  value: T;
  label: string;
  count: number;
  icon?: ReactNode;
}

/** A multi-select as toggle buttons: each chip says its state with aria-pressed and a check mark, not colour alone. */
export function ChipGroup<T extends string>({
  legend,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  options: readonly ChipOption<T>[];
  selected: readonly T[];
  onToggle: (value: T) => void;
}) {
  return (
    <fieldset className="chip-group">
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => {
          const pressed = selected.includes(option.value);
          return (
            <button
              key={option.value}
              type="button"
              className="chip"
              aria-pressed={pressed}
              onClick={() => onToggle(option.value)}
            >
              {pressed && (
                <span className="chip-check" aria-hidden="true">
                  ✓
                </span>
              )}
              {option.icon}
              <span>{option.label}</span>
              <span className="chip-count">{option.count}</span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
