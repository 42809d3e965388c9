import { useRef } from 'react';
import { CopyButton } from './copy-button';

export interface CopyFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  /** A textarea for text that wraps (the HTML snippet); else a one-line input (a link). */
  multiline?: boolean;
  copyLabel: string;
  /** Announced after copying; passed in so the field stays free of i18n. */
  messages: { copied: string; failed: string };
}

/** A read-only field with its label, hint and a copy button that copies exactly what it shows. */
export function CopyField({
  id,
  label,
  hint,
  value,
  multiline = false,
  copyLabel,
  messages,
}: CopyFieldProps) {
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const shared = { ref: fieldRef, id, readOnly: true, value, 'aria-describedby': `${id}-hint` };
  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...shared} rows={5} /> : <input {...shared} type="text" />}
      <small id={`${id}-hint`}>{hint}</small>
      <CopyButton text={value} label={copyLabel} source={fieldRef} messages={messages} />
    </div>
  );
}
