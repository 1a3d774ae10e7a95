import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { createProjectWithProcesses } from '../../storage/projectRepository';
import { workspaceDb } from '../../storage/workspace';
import { showError, showInfo } from '../ui/toastStore';
import { loadSample, samples, type Sample } from './sampleProjects';

export function SamplesSection() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);

  const open = async (sample: Sample) => {
    setBusy(true);
    try {
      const { processes, dictionary } = await loadSample(sample);
      const project = await createProjectWithProcesses(workspaceDb, sample.manifest.project, processes, dictionary);
      showInfo(t('samples.opened', { name: project.name }));
      navigate(`/project/${project.id}`);
    } catch (error) {
      showError(t('import.unreadable', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="samples" aria-labelledby="samples-title">
      <h2 id="samples-title">{t('samples.title')}</h2>
      <p className="muted">{t('samples.intro')}</p>
      <ul className="sample-cards">
        {samples.map((sample) => (
          <li key={sample.folder} className="sample-card">
            <h3>{sample.manifest.project.name}</h3>
            <p className="muted">{sample.manifest.project.owner}</p>
            <p>{sample.manifest.project.serviceName}</p>
            <button type="button" disabled={busy} onClick={() => void open(sample)}>
              {t('samples.open')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
