import { Hocuspocus } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { parseArgs } from 'node:util';
import { signToken } from './auth';
import type { ServerConfig } from './config';
import { prune } from './prune';
import { isRole, type Store } from './store/store';

export const adminUsage = `Usage: npm run server:admin -- <command>
  user add <id> [--name "Full name"]
  team add <id> [--name "Team name"]
  member set <team> <user> --role editor|viewer
  member remove <team> <user>
  token <user> <team> [--days 90]      prints a token for the app's "Share" dialog
  list                                 users, teams and members
  audit [--target <team/project>] [--limit 50]
  prune [--keep 30]                    run with the server stopped (the server prunes by itself daily)`;

const idPattern = /^[A-Za-z0-9_.-]{1,100}$/;

/** The admin CLI's commands; returns what to print. Throws with a message for a wrong command. */
export async function runAdmin(argv: string[], store: Store, config: ServerConfig): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, days: { type: 'string' }, target: { type: 'string' }, limit: { type: 'string' }, keep: { type: 'string' } },
  });
  const [command, sub, ...rest] = positionals;
  const id = (value: string | undefined, what: string) => {
    if (!value || !idPattern.test(value)) throw new Error(`Give the ${what} as letters, digits, '.', '_' or '-'`);
    return value;
  };
  switch (`${command} ${command === 'token' || command === 'list' || command === 'audit' || command === 'prune' ? '' : sub}`.trim()) {
    case 'user add':
      await store.addUser(id(rest[0], 'user id'), values.name ?? rest[0]!);
      return `user ${rest[0]} saved`;
    case 'team add':
      await store.addTeam(id(rest[0], 'team id'), values.name ?? rest[0]!);
      return `team ${rest[0]} saved`;
    case 'member set': {
      if (!isRole(values.role)) throw new Error('--role must be editor or viewer');
      const [team, user] = [id(rest[0], 'team id'), id(rest[1], 'user id')];
      await store.setMember(team, user, values.role);
      return `${user} is ${values.role === 'editor' ? 'an editor' : 'a viewer'} of ${team}`;
    }
    case 'member remove':
      await store.removeMember(id(rest[0], 'team id'), id(rest[1], 'user id'));
      return `${rest[1]} removed from ${rest[0]}`;
    case 'token': {
      const [user, team] = [id(sub, 'user id'), id(rest[0], 'team id')];
      if (!(await store.roleOf(team, user))) throw new Error(`${user} is no member of ${team}: add them first (member set)`);
      const name = (await store.users()).find((u) => u.id === user)?.name;
      return signToken(config.jwtSecret, { userId: user, teamId: team, name }, Number(values.days ?? 90));
    }
    case 'list': {
      const users = await store.users();
      const teams = await store.teams();
      return [
        'users:',
        ...users.map((u) => `  ${u.id}  ${u.name}`),
        'teams:',
        ...teams.flatMap((t) => [`  ${t.id}  ${t.name}`, ...t.members.map((m) => `    ${m.userId} (${m.role})`)]),
      ].join('\n');
    }
    case 'audit': {
      const entries = await store.auditLog(Number(values.limit ?? 50), values.target);
      return entries.map((e) => `${new Date(e.time).toISOString()}  ${e.userId || '-'}  ${e.action}  ${e.target}  ${e.detail}`).join('\n');
    }
    case 'prune': {
      const hocuspocus = new Hocuspocus({
        quiet: true,
        extensions: [new Database({ fetch: async ({ documentName }) => store.loadDocument(documentName), store: async ({ documentName, state }) => store.storeDocument(documentName, state) })],
      });
      const report = await prune(hocuspocus, store, Number(values.keep ?? config.pruneKeep));
      return `pruned ${report.documents} documents: ${report.revisionsDropped} revisions and ${report.blobsDropped} blobs dropped`;
    }
    default:
      throw new Error(adminUsage);
  }
}
