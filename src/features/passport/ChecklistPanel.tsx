import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { checklistDone, checklistSection, type ChecklistItem } from '../../domain/passport/checklist';
import { checklistTarget, targetPath } from './checklistLinks';
import { useChecklistText } from './useChecklistText';

interface Props {
  items: readonly ChecklistItem[] | null;
  optimalRequired: boolean;
  /** `/project/…/process/…`: where the links to other views start. */
  processPath: string;
}

/** Moves to a section of this page: its heading takes the focus, so keyboard and screen reader users land there too. */
function goToSection(id: string) {
  const heading = document.getElementById(`${id}-title`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

/** The completeness checklist of §32 and §36 of this process, each item with a link to where it is fixed. */
export function ChecklistPanel({ items, optimalRequired, processPath }: Props) {
  const { t } = useTranslation();
  const text = useChecklistText();
  return (
    <section className="checklist" aria-labelledby="checklist-title" data-testid="checklist">
      <h3 id="checklist-title">
        {t('passport.checklist.title')}
        {items && <span className="muted"> · {t('passport.checklist.summary', { done: checklistDone(items), total: items.length })}</span>}
      </h3>
      {!items ? (
        <p className="muted">{t('passport.checklist.computing')}</p>
      ) : (
        (['32', '36'] as const).map((section) => (
          <div key={section}>
            <h4>{t(`passport.checklist.section${section}`)}</h4>
            <ul className="checklist__items">
              {items
                .filter((item) => checklistSection[item.id] === section)
                .map((item) => {
                  const label = text.label(item, optimalRequired);
                  const target = checklistTarget(item);
                  const missing = text.missing(item, items);
                  return (
                    <li key={item.id} className={item.done ? 'checklist__item checklist__item--done' : 'checklist__item'} data-item={item.id} data-done={item.done}>
                      <span className="checklist__mark" aria-hidden="true">
                        {item.done ? '✓' : '○'}
                      </span>
                      <span>
                        {label}
                        <span className="visually-hidden"> — {t(item.done ? 'passport.checklist.done' : 'passport.checklist.notDone')}</span>
                        {missing && <span className="checklist__missing">{missing}</span>}
                      </span>
                      {'section' in target ? (
                        <button type="button" className="link-button" aria-label={t('passport.checklist.goTo', { item: label })} onClick={() => goToSection(target.section)}>
                          {t('passport.checklist.go')}
                        </button>
                      ) : (
                        <Link href={targetPath(processPath, target)} className="link-button" aria-label={t('passport.checklist.goTo', { item: label })}>
                          {t('passport.checklist.go')}
                        </Link>
                      )}
                    </li>
                  );
                })}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
