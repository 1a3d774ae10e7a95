import { useTranslation } from 'react-i18next';
import type { LinkableElement } from '../../domain/journey/diagram';

interface Props {
  links: string[];
  /** The variant's elements, or null while its diagram is read. */
  linkable: LinkableElement[] | null;
  onChange(links: string[]): void;
  onShow(): void;
}

/** The steps a card or stage stands for: linked by id, so a renamed step keeps its link and a deleted one is flagged. */
export function LinksEditor({ links, linkable, onChange, onShow }: Props) {
  const { t } = useTranslation();
  const byId = new Map((linkable ?? []).map((element) => [element.id, element]));
  const name = (element: LinkableElement) => element.name || `${t(`journey.links.kind.${element.kind}`)} ${element.id}`;
  return (
    <fieldset className="journey-links">
      <legend>{t('journey.links.title')}</legend>
      {links.length === 0 && <p className="muted">{t('journey.links.none')}</p>}
      <ul>
        {links.map((id) => {
          const element = byId.get(id);
          const missing = linkable !== null && !element;
          return (
            <li key={id} className={missing ? 'journey-links__missing' : undefined}>
              <span>{element ? name(element) : missing ? t('journey.links.missing', { id }) : id}</span>
              <button type="button" className="link-button" aria-label={t('journey.links.remove', { name: element ? name(element) : id })} onClick={() => onChange(links.filter((link) => link !== id))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {linkable && (
        <label>
          <span>{t('journey.links.add')}</span>
          <select aria-label={t('journey.links.add')} value="" onChange={(e) => e.target.value && onChange([...links, e.target.value])}>
            <option value="">{t('journey.links.choose')}</option>
            {linkable
              .filter((element) => !links.includes(element.id))
              .map((element) => (
                <option key={element.id} value={element.id}>
                  {name(element)}
                </option>
              ))}
          </select>
        </label>
      )}
      {links.length > 0 && (
        <button type="button" onClick={onShow}>
          {t('journey.links.show')}
        </button>
      )}
    </fieldset>
  );
}
