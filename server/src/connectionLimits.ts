/** Open connections per user, so one user (or a stolen token) cannot exhaust the server. */
export class ConnectionCounter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly maxPerUser: number) {}

  canOpen(userId: string): boolean {
    return (this.counts.get(userId) ?? 0) < this.maxPerUser;
  }

  opened(userId: string): void {
    this.counts.set(userId, (this.counts.get(userId) ?? 0) + 1);
  }

  closed(userId: string): void {
    const left = (this.counts.get(userId) ?? 0) - 1;
    if (left > 0) this.counts.set(userId, left);
    else this.counts.delete(userId);
  }
}
