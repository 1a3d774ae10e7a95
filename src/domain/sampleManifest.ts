import { normaliseProjectFields, reengineeringStatuses, type ProjectFields, type ReengineeringStatus } from './project';
import { variantKinds, type VariantKind } from './variant';

/**
 * models/<sample>/project.json: a shipped sample project, the BPMN files of its variants, and the
 * file of its process's journey records (personas, journey maps, interviews; domain/journey/records).
 */
export interface SampleManifest {
  formatVersion: 1;
  project: ProjectFields;
  processes: { name: string; variants: Partial<Record<VariantKind, string>>; journeys?: string }[];
}

export function parseSampleManifest(raw: unknown): SampleManifest {
  const data = asRecord(raw, 'manifest');
  if (data.formatVersion !== 1) throw new Error(`Unsupported sample format ${String(data.formatVersion)}`);
  const status = String(data.status) as ReengineeringStatus;
  const { fields, errors } = normaliseProjectFields({
    name: String(data.name ?? ''),
    owner: String(data.owner ?? ''),
    serviceName: String(data.serviceName ?? ''),
    serviceCode: String(data.serviceCode ?? ''),
    serviceConsumers: String(data.serviceConsumers ?? ''),
    status: reengineeringStatuses.includes(status) ? status : 'planned',
  });
  if (errors.length) throw new Error(`Invalid sample project: ${errors.join(', ')}`);
  if (!Array.isArray(data.processes) || data.processes.length === 0) throw new Error('A sample needs at least one process');
  const processes = data.processes.map((entry, index) => {
    const process = asRecord(entry, `process ${index}`);
    const files = asRecord(process.variants, `variants of process ${index}`);
    const variants: Partial<Record<VariantKind, string>> = {};
    for (const kind of variantKinds) if (typeof files[kind] === 'string') variants[kind] = files[kind];
    if (!variants.asIs) throw new Error(`Process ${index} of a sample has no as-is variant`);
    const journeys = typeof process.journeys === 'string' ? { journeys: process.journeys } : {};
    return { name: String(process.name ?? '').trim(), variants, ...journeys };
  });
  return { formatVersion: 1, project: fields, processes };
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`The ${what} must be an object`);
  return value as Record<string, unknown>;
}
