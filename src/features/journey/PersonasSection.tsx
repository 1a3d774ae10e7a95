import { useTranslation } from 'react-i18next';
import type { Persona } from '../../domain/journey/model';
import { createPersona, deletePersona, PersonaInUseError, updatePersona } from '../../storage/journeyRepository';
import { workspaceDb } from '../../storage/workspace';
import { CommitInput } from '../ui/CommitInput';
import { showError } from '../ui/toastStore';
import { NameForm, rethrow } from './NameForm';

/** The project's personas: whose journey a map shows ("pensioner without an eGov account", …). */
export function PersonasSection({ projectId, personas }: { projectId: string; personas: Persona[] }) {
  const { t } = useTranslation();
  const failed = (error: unknown) =>
    showError(error instanceof PersonaInUseError ? t('journey.persona.inUse', { maps: error.mapNames.join(', ') }) : t('journey.persona.failed', { reason: error instanceof Error ? error.message : String(error) }));
  return (
    <section className="journey-side" aria-labelledby="journey-personas">
      <h3 id="journey-personas">{t('journey.persona.title')}</h3>
      <p className="muted">{t('journey.persona.intro')}</p>
      {personas.length === 0 && <p className="empty-state">{t('journey.persona.empty')}</p>}
      <ul className="journey-records">
        {personas.map((persona) => (
          <li key={persona.id} data-testid="persona">
            <CommitInput aria-label={t('journey.persona.name')} value={persona.name} onCommit={(value) => value.trim() && void updatePersona(workspaceDb, persona.id, { name: value }).catch(failed)} />
            <CommitInput multiline aria-label={t('journey.persona.description')} value={persona.description} onCommit={(description) => void updatePersona(workspaceDb, persona.id, { description }).catch(failed)} />
            <button type="button" className="link-button danger" onClick={() => void deletePersona(workspaceDb, persona.id).catch(failed)}>
              {t('journey.persona.delete', { name: persona.name })}
            </button>
          </li>
        ))}
      </ul>
      <NameForm label={t('journey.persona.newName')} submitLabel={t('journey.persona.add')} onAdd={(name) => createPersona(workspaceDb, projectId, name).catch(rethrow(failed))} />
    </section>
  );
}
