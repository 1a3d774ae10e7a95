import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Project } from '../../domain/project';
import { createProjectWithProcesses, listProjects } from '../../storage/projectRepository';
import { workspaceDb } from '../../storage/workspace';
import { announce } from '../ui/announcer';
import { Dialog } from '../ui/Dialog';
import { showError } from '../ui/toastStore';
import { loadSample, samples, type Sample } from './sampleProjects';

export function SamplesSection() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  // A sample whose copy the user already has: open that one, or make another?
  const [again, setAgain] = useState<{ sample: Sample; existing: Project } | null>(null);

  const copy = async (sample: Sample) => {
    setBusy(true);
    try {
      const { processes, dictionary } = await loadSample(sample);
      const project = await createProjectWithProcesses(workspaceDb, sample.manifest.project, processes, dictionary);
      announce(t('samples.opened', { name: project.name }));
      navigate(`/project/${project.id}`);
    } catch (error) {
      showError(t('import.unreadable', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const open = async (sample: Sample) => {
    const existing = (await listProjects(workspaceDb)).find((project) => project.name === sample.manifest.project.name);
    if (existing) setAgain({ sample, existing });
    else await copy(sample);
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
      <Dialog
        title={t('samples.againTitle')}
        open={again !== null}
        onClose={() => setAgain(null)}
        footer={
          <>
            <button type="button" onClick={() => setAgain(null)}>
              {t('app.cancel')}
            </button>
            <button type="button" onClick={() => again && (setAgain(null), void copy(again.sample))}>
              {t('samples.newCopy')}
            </button>
            <button type="button" className="primary" data-autofocus onClick={() => again && navigate(`/project/${again.existing.id}`)}>
              {t('samples.openExisting')}
            </button>
          </>
        }
      >
        <p>{t('samples.again', { name: again?.existing.name ?? '' })}</p>
      </Dialog>
    </section>
  );
}
