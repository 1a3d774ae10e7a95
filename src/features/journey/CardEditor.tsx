import { useTranslation } from 'react-i18next';
import type { LinkableElement } from '../../domain/journey/diagram';
import { takesCards, updateCard } from '../../domain/journey/edit';
import { emotions, initiators, journeyChannels, waitingUnits, type Interview, type JourneyCard, type JourneyMap } from '../../domain/journey/model';
import { CommitInput } from '../ui/CommitInput';
import { emotionClass, signed } from './emotion';
import { laneTitle } from './journeyView';
import { LinksEditor } from './LinksEditor';
import { NumberInput } from './NumberInput';

interface Props {
  map: JourneyMap;
  card: JourneyCard;
  interviews: Interview[];
  /** The planned map an actual journey is recorded against. */
  planned: JourneyMap | null;
  linkable: LinkableElement[] | null;
  apply(label: string, edit: (map: JourneyMap) => JourneyMap): void;
  onDelete(): void;
  onShowLinks(): void;
}

/** Everything a card records; each change is one undo step. */
export function CardEditor({ map, card, interviews, planned, linkable, apply, onDelete, onShowLinks }: Props) {
  const { t } = useTranslation();
  const change = (patch: Partial<JourneyCard>) => apply(t('journey.edit.changeCard'), (m) => updateCard(m, card.id, patch));
  const choice = <T extends string>(value: string, allowed: readonly T[]): T | null => (allowed.includes(value as T) ? (value as T) : null);

  return (
    // Keyed by the card, so half-typed text never moves over to another card.
    <aside key={card.id} className="journey-editor" aria-label={t('journey.card.editor')} data-testid="card-editor">
      <h3>{t('journey.card.editor')}</h3>
      <label>
        <span>{t('journey.card.text')}</span>
        <CommitInput multiline aria-label={t('journey.card.text')} value={card.text} onCommit={(text) => change({ text: text.trim() })} />
      </label>
      <div className="journey-editor__pair">
        <label>
          <span>{t('journey.card.stage')}</span>
          <select aria-label={t('journey.card.stage')} value={card.stageId} onChange={(e) => change({ stageId: e.target.value })}>
            {map.stages.map((stage, index) => (
              <option key={stage.id} value={stage.id}>
                {stage.title || t('journey.stage.untitled', { number: index + 1 })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('journey.card.lane')}</span>
          <select aria-label={t('journey.card.lane')} value={card.laneId} onChange={(e) => change({ laneId: e.target.value })}>
            {map.lanes.filter(takesCards).map((lane) => (
              <option key={lane.id} value={lane.id}>
                {laneTitle(t, lane)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="journey-editor__pair">
        <label>
          <span>{t('journey.card.channel')}</span>
          <select aria-label={t('journey.card.channel')} value={card.channel ?? ''} onChange={(e) => change({ channel: choice(e.target.value, journeyChannels) })}>
            <option value="">{t('journey.notSet')}</option>
            {journeyChannels.map((channel) => (
              <option key={channel} value={channel}>
                {t(`journey.channel.${channel}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('journey.card.initiator')}</span>
          <select aria-label={t('journey.card.initiator')} value={card.initiator ?? ''} onChange={(e) => change({ initiator: choice(e.target.value, initiators) })}>
            <option value="">{t('journey.card.initiator_none')}</option>
            {initiators.map((initiator) => (
              <option key={initiator} value={initiator}>
                {t(`journey.card.initiator_${initiator}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        <span>{t('journey.card.agency')}</span>
        <CommitInput aria-label={t('journey.card.agency')} value={card.agency} onCommit={(agency) => change({ agency: agency.trim() })} />
      </label>
      <label className="inline-control">
        <input type="checkbox" checked={card.inPersonVisit} onChange={(e) => change({ inPersonVisit: e.target.checked })} />
        {t('journey.card.inPersonVisit')}
      </label>
      <label>
        <span>{t('journey.card.documents')}</span>
        <CommitInput multiline aria-label={t('journey.card.documents')} value={card.documents.join('\n')} onCommit={(text) => change({ documents: [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))] })} />
      </label>
      <div className="journey-editor__pair">
        <label>
          <span>{t('journey.card.clientMinutes')}</span>
          <NumberInput label={t('journey.card.clientMinutes')} value={card.clientMinutes} max={527_040} onCommit={(clientMinutes) => change({ clientMinutes })} />
        </label>
        <label>
          <span>{t('journey.card.waitingDays')}</span>
          <span className="journey-editor__waiting">
            <NumberInput label={t('journey.card.waitingDays')} value={card.waitingDays} max={3660} step={0.5} onCommit={(waitingDays) => change({ waitingDays })} />
            <select aria-label={t('journey.card.waitingUnit')} value={card.waitingUnit} onChange={(e) => change({ waitingUnit: choice(e.target.value, waitingUnits) ?? 'working' })}>
              {waitingUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`journey.card.waitingUnit_${unit}`)}
                </option>
              ))}
            </select>
          </span>
        </label>
      </div>
      <fieldset className="journey-emotion">
        <legend>{map.journey === 'actual' ? t('journey.card.rating') : t('journey.card.emotion')}</legend>
        {[null, ...emotions].map((value) => (
          <label key={String(value)} className="inline-control" title={value === null ? t('journey.emotion.notRated') : t('journey.emotion.label', { value: signed(value) })}>
            <input type="radio" name={`emotion-${card.id}`} checked={card.emotion === value} onChange={() => change({ emotion: value })} />
            {value === null ? t('journey.emotion.notRatedShort') : <span className={`chip ${emotionClass(value)}`}>{signed(value)}</span>}
          </label>
        ))}
      </fieldset>
      <fieldset className="journey-pain">
        <legend>{t('journey.card.pain')}</legend>
        <label>
          <span>{t('journey.card.quote')}</span>
          <CommitInput multiline aria-label={t('journey.card.quote')} value={card.pain?.quote ?? ''} onCommit={(quote) => change({ pain: quote.trim() || card.pain?.interviewId ? { quote: quote.trim(), interviewId: card.pain?.interviewId ?? null } : null })} />
        </label>
        <label>
          <span>{t('journey.card.interview')}</span>
          <select aria-label={t('journey.card.interview')} value={card.pain?.interviewId ?? ''} onChange={(e) => change({ pain: e.target.value || card.pain?.quote ? { quote: card.pain?.quote ?? '', interviewId: e.target.value || null } : null })}>
            <option value="">{t('journey.card.noInterview')}</option>
            {card.pain?.interviewId && !interviews.some((i) => i.id === card.pain?.interviewId) && <option value={card.pain.interviewId}>{t('journey.card.deletedInterview')}</option>}
            {interviews.map((interview) => (
              <option key={interview.id} value={interview.id}>
                {[interview.interviewee, interview.role, interview.date].filter(Boolean).join(', ')}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {planned && (
        <label>
          <span>{t('journey.card.plannedCard')}</span>
          <select aria-label={t('journey.card.plannedCard')} value={card.plannedCardId ?? ''} onChange={(e) => change({ plannedCardId: e.target.value || null })}>
            <option value="">{t('journey.card.unplanned')}</option>
            {planned.cards.map((plannedCard) => (
              <option key={plannedCard.id} value={plannedCard.id}>
                {plannedCard.text}
              </option>
            ))}
          </select>
        </label>
      )}
      <LinksEditor links={card.links} linkable={linkable} onChange={(links) => change({ links })} onShow={onShowLinks} />
      <button type="button" className="danger" onClick={onDelete}>
        {t('journey.card.delete')}
      </button>
    </aside>
  );
}
