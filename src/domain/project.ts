/** A reengineering case: one state body's work on one public service (DOMAIN.md, "The objects"). */
export const reengineeringStatuses = ['planned', 'inProgress', 'implemented'] as const;
export type ReengineeringStatus = (typeof reengineeringStatuses)[number];

export interface ProjectFields {
  name: string;
  owner: string;
  serviceName: string;
  serviceCode: string;
  /** Who the service is for («Потребители услуги» of Appendix 1): individuals, legal entities… */
  serviceConsumers: string;
  status: ReengineeringStatus;
}

export interface Project extends ProjectFields {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Set when the project is in the trash; the trash keeps it until the user empties it. */
  deletedAt: number | null;
  /** Checks the team switched off for this project (bpmnlint rule names); none when absent. */
  mutedRules?: string[];
}

export const maxNameLength = 200;

export type ProjectFieldError = 'nameRequired' | 'nameTooLong' | 'invalidStatus';

/** Trims the fields and says what is wrong, so every form and import applies the same rules. */
export function normaliseProjectFields(fields: ProjectFields): { fields: ProjectFields; errors: ProjectFieldError[] } {
  const normalised: ProjectFields = {
    name: fields.name.trim(),
    owner: fields.owner.trim(),
    serviceName: fields.serviceName.trim(),
    serviceCode: fields.serviceCode.trim(),
    serviceConsumers: fields.serviceConsumers.trim(),
    status: fields.status,
  };
  const errors: ProjectFieldError[] = [];
  if (!normalised.name) errors.push('nameRequired');
  if (normalised.name.length > maxNameLength) errors.push('nameTooLong');
  if (!reengineeringStatuses.includes(normalised.status)) errors.push('invalidStatus');
  return { fields: normalised, errors };
}

/** Newest first: the start screen shows what the team touched last at the top. */
export function sortByRecent<T extends { updatedAt: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.updatedAt - a.updatedAt);
}
