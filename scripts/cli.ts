/** What the command-line tools share: a failure in Swedish, the service from the environment, a group by id or name. */
import { composeService, type Service } from '../src/compose';
import { ConfigError, loadConfig, loadDotEnvIfPresent } from '../src/config/load-config';
import { groupByIdOrName, type Group } from '../src/domain/group';
import { createLogger } from '../src/logger';

export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** The service as `npm start` would build it (`.env` or the environment), without listening; exits on a bad configuration. */
export async function serviceFromEnvironment(): Promise<Service> {
  loadDotEnvIfPresent();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  return composeService(config, createLogger('warn'));
}

/** The group by its team id or its name; exits with a message when there is none. */
export async function requireGroup(service: Service, idOrName: string): Promise<Group> {
  const group = groupByIdOrName(await service.repositories.groups.list(), idOrName);
  return group ?? fail(`Hittar ingen EST-grupp med id eller namn "${idOrName}".`);
}
