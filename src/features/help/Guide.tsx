import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSetting, putSetting } from '../../storage/workspace';
import { Dialog } from '../ui/Dialog';

/** The way through a first job: project → process → as-is → step data → to-be → comparison. */
export const guideSteps = ['project', 'process', 'asIs', 'stepData', 'toBe', 'compare'] as const;

/** Per browser: the first-run guide was hidden on the start screen (it stays in the help menu). */
const dismissedSetting = 'firstRunGuide';

function GuideSteps() {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const step = guideSteps[index]!;
  return (
    <div className="guide" data-testid="guide">
      <p className="guide__progress">{t('help.guide.progress', { step: index + 1, total: guideSteps.length })}</p>
      <h3 className="guide__title">{t(`help.guide.step.${step}.title`)}</h3>
      <p>{t(`help.guide.step.${step}.text`)}</p>
      <div className="guide__nav">
        <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          {t('help.guide.back')}
        </button>
        <button type="button" className="primary" disabled={index === guideSteps.length - 1} onClick={() => setIndex(index + 1)}>
          {t('help.guide.next')}
        </button>
      </div>
    </div>
  );
}

/** The guide opened from the help menu. */
export function GuideDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('help.guide.title')} open={open} onClose={onClose}>
      <GuideSteps />
    </Dialog>
  );
}

/** On the start screen until the user hides it; the help menu opens it again. */
export function FirstRunGuide() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let current = true;
    void getSetting(dismissedSetting).then((value) => current && setShown(value !== 'dismissed'));
    return () => {
      current = false;
    };
  }, []);
  if (!shown) return null;
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <header className="first-run__header">
        <h2 id="first-run-title">{t('help.guide.title')}</h2>
        <button
          type="button"
          onClick={() => {
            setShown(false);
            void putSetting(dismissedSetting, 'dismissed');
          }}
        >
          {t('help.guide.dismiss')}
        </button>
      </header>
      <GuideSteps />
      <p className="muted">{t('help.guide.reopen')}</p>
    </section>
  );
}
