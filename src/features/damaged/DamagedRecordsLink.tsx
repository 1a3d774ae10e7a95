import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDamagedRecords } from './damagedStore';

/** Idle time after the first screen is drawn: the scan reads every diagram and must not delay it. */
function whenIdle(run: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

/** The header's way to the damaged records, shown only while there are some. */
export function DamagedRecordsLink() {
  const { t } = useTranslation();
  const scan = useDamagedRecords((s) => s.scan);
  const rescan = useDamagedRecords((s) => s.rescan);
  useEffect(() => whenIdle(() => void rescan()), [rescan]);
  if (scan.status !== 'done' || scan.records.length === 0) return null;
  return (
    <Link href="/damaged" className="damaged-badge" data-testid="damaged-badge">
      ⚠ {t('damaged.badge', { count: scan.records.length })}
    </Link>
  );
}
