// Who is calling and what they may do: reader < editor < admin.
import { AppError } from '../base/errors.js';

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** Recorded as createdBy/updatedBy on what this caller writes. */
  subject: string;
  roles: Role[];
  via: 'anonymous' | 'api-key' | 'jwt';
  /** When the credential stops being valid (epoch milliseconds; a JWT's `exp`); API keys do not expire. */
  expiresAt?: number;
}

export const ANONYMOUS: Principal = { subject: 'anonymous', roles: [], via: 'anonymous' };

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.some((r) => RANK[r] >= RANK[role]);
}

/** Throws UNAUTHENTICATED without credentials and FORBIDDEN without the role. */
export function requireRole(principal: Principal, role: Role): void {
  if (principal.via === 'anonymous') {
    throw new AppError('UNAUTHENTICATED', `This operation needs a bearer token with the ${role} role`, { http: { status: 401 } });
  }
  if (!hasRole(principal, role)) {
    throw new AppError('FORBIDDEN', `This operation needs the ${role} role`, { http: { status: 403 } });
  }
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
