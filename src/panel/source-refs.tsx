import { useTranslation } from 'react-i18next';

/** Footnote-style links from a fact to its entries in the panel's source list. */
export function SourceRefs({
  ids,
  numbers,
}: {
  ids: readonly string[];
  numbers: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation();
  return (
    <span className="source-refs">
      {ids.map((id) => {
        const n = numbers.get(id);
        return n === undefined ? null : (
          <a key={id} href={`#source-${id}`} aria-label={t('panel.sourceRef', { n })}>
            [{n}]
          </a>
        );
      })}
    </span>
  );
}
