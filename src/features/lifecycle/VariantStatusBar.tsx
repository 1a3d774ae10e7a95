import type { CurrentStatus } from '../../domain/lifecycle/lifecycle';
import type { VariantRef } from '../../domain/variant';
import { setVariantStatus } from '../../storage/statusRepository';
import { workspaceDb } from '../../storage/workspace';
import { useViewerOnly } from '../sync/syncStore';
import { StatusControl } from './StatusControl';

/** The status of the variant open in the editor; its pending edits are stored before the status changes. */
export function VariantStatusBar({ variant, current, flush }: { variant: VariantRef; current: CurrentStatus; flush(): Promise<void> }) {
  const readOnly = useViewerOnly(variant.projectId);
  return <StatusControl subject={variant.kind} current={current} beforeChange={flush} apply={async (request) => void (await setVariantStatus(workspaceDb, variant.id, request))} readOnly={readOnly} />;
}
