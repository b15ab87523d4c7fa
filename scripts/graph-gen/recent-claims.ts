// The last few claims about each entity: where contradicting/supporting claims and relation evidence
// are drawn from, so that links join claims about the same track and evidence is about an endpoint.

const KEEP = 8;

export class RecentClaims {
  private readonly byEntity = new Map<string, string[]>();

  add(entityId: string, claimId: string): void {
    const list = this.byEntity.get(entityId);
    if (!list) this.byEntity.set(entityId, [claimId]);
    else {
      if (list.length === KEEP) list.shift();
      list.push(claimId);
    }
  }

  of(entityId: string): readonly string[] {
    return this.byEntity.get(entityId) ?? [];
  }
}
