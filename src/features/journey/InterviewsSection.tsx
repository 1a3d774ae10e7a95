import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interviewMethods, type Interview, type JourneyMap, type Persona } from '../../domain/journey/model';
import { createInterview, deleteInterview, updateInterview } from '../../storage/journeyRepository';
import { workspaceDb } from '../../storage/workspace';
import { CommitInput } from '../ui/CommitInput';
import { ConfirmDialog } from '../ui/Dialog';
import { showError } from '../ui/toastStore';
import { NameForm, rethrow } from './NameForm';

interface Props {
  projectId: string;
  processId: string;
  interviews: Interview[];
  personas: Persona[];
  /** The planned map open now: an interviewee's actual journey is recorded against it. */
  planned: JourneyMap | null;
  onRecordActual(interview: Interview): void;
}

/** The interviews (сұхбат) of the process (2024 Rules §32.5): who, role or persona, when, how, notes, and the pains heard. */
export function InterviewsSection({ projectId, processId, interviews, personas, planned, onRecordActual }: Props) {
  const { t } = useTranslation();
  const [toDelete, setToDelete] = useState<Interview | null>(null);
  const failed = (error: unknown) => showError(t('journey.interview.failed', { reason: error instanceof Error ? error.message : String(error) }));
  // Changes are made to the stored interview, not to this render's copy of it.
  const save = (interview: Interview, patch: Partial<Interview> | ((current: Interview) => Partial<Interview>)) =>
    void updateInterview(workspaceDb, interview.id, typeof patch === 'function' ? patch : () => patch).catch(failed);

  return (
    <section className="journey-side" aria-labelledby="journey-interviews">
      <h3 id="journey-interviews">{t('journey.interview.title')}</h3>
      {interviews.length === 0 && <p className="empty-state">{t('journey.interview.empty')}</p>}
      <ul className="journey-records">
        {interviews.map((interview) => (
          <li key={interview.id} data-testid="interview">
            <details>
              <summary>{[interview.interviewee, interview.role, interview.date].filter(Boolean).join(' · ')}</summary>
              <div className="journey-interview">
                <label>
                  <span>{t('journey.interview.interviewee')}</span>
                  <CommitInput aria-label={t('journey.interview.interviewee')} value={interview.interviewee} onCommit={(interviewee) => save(interview, { interviewee: interviewee.trim() })} />
                </label>
                <label>
                  <span>{t('journey.interview.role')}</span>
                  <CommitInput aria-label={t('journey.interview.role')} value={interview.role} onCommit={(role) => save(interview, { role: role.trim() })} />
                </label>
                <label>
                  <span>{t('journey.persona.label')}</span>
                  <select aria-label={t('journey.persona.label')} value={interview.personaId ?? ''} onChange={(e) => save(interview, { personaId: e.target.value || null })}>
                    <option value="">{t('journey.notSet')}</option>
                    {personas.map((persona) => (
                      <option key={persona.id} value={persona.id}>
                        {persona.name}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  <span>{t('journey.interview.date')}</span>
                  <input type="date" value={interview.date} onChange={(e) => save(interview, { date: e.target.value })} />
                </label>
                <label>
                  <span>{t('journey.interview.method')}</span>
                  <select aria-label={t('journey.interview.method')} value={interview.method} onChange={(e) => save(interview, { method: e.target.value as Interview['method'] })}>
                    {interviewMethods.map((method) => (
                      <option key={method} value={method}>
                        {t(`journey.interview.method_${method}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="journey-interview__wide">
                  <span>{t('journey.interview.notes')}</span>
                  <CommitInput multiline aria-label={t('journey.interview.notes')} value={interview.notes} onCommit={(notes) => save(interview, { notes })} />
                </label>
                <fieldset className="journey-interview__wide">
                  <legend>{t('journey.interview.pains')}</legend>
                  {interview.pains.map((pain, index) => (
                    <div key={pain.id} className="add-by-name">
                      <CommitInput aria-label={t('journey.interview.pain', { number: index + 1 })} value={pain.text} onCommit={(text) => save(interview, (current) => ({ pains: current.pains.map((p) => (p.id === pain.id ? { ...p, text } : p)) }))} />
                      <button type="button" className="link-button" aria-label={t('journey.interview.removePain', { number: index + 1 })} onClick={() => save(interview, (current) => ({ pains: current.pains.filter((p) => p.id !== pain.id) }))}>
                        ×
                      </button>
                    </div>
                  ))}
                  <button type="button" onClick={() => save(interview, (current) => ({ pains: [...current.pains, { id: crypto.randomUUID(), text: '' }] }))}>
                    {t('journey.interview.addPain')}
                  </button>
                </fieldset>
                <div className="journey-interview__wide journey-interview__actions">
                  <button type="button" disabled={!planned} title={planned ? undefined : t('journey.interview.needPlanned')} onClick={() => onRecordActual(interview)}>
                    {t('journey.interview.recordActual')}
                  </button>
                  <button type="button" className="danger" onClick={() => setToDelete(interview)}>
                    {t('journey.interview.delete')}
                  </button>
                </div>
              </div>
            </details>
          </li>
        ))}
      </ul>
      <NameForm label={t('journey.interview.newName')} submitLabel={t('journey.interview.add')} onAdd={(interviewee) => createInterview(workspaceDb, projectId, processId, interviewee).catch(rethrow(failed))} />
      <ConfirmDialog
        open={toDelete !== null}
        title={t('journey.interview.confirmDeleteTitle')}
        message={t('journey.interview.confirmDelete', { name: toDelete?.interviewee ?? '' })}
        confirmLabel={t('app.delete')}
        danger
        onConfirm={() => {
          if (toDelete) void deleteInterview(workspaceDb, toDelete.id).catch(failed);
          setToDelete(null);
        }}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
