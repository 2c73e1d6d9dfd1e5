import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../../scripts/dev-stack';
import { loadConfig } from '../../src/config/load-config';
import { CONFIG_KEYS, configSchema } from '../../src/config/schema';
import { downloadContainerName } from '../../src/storage/blob/download-store';
import { TABLE_NAMES } from '../../src/storage/table/common';

/**
 * The Bicep template read as text: there is no Bicep compiler offline here, so these tests pin
 * what the template must say, and that the service starts with exactly the settings it gives.
 */
const bicep = readFileSync(join(ROOT, 'infra', 'azure.bicep'), 'utf8');

/** The App Service's app settings: name → the Bicep expression of its value. */
function appSettings(): Map<string, string> {
  const block = /appSettings: \[([\s\S]*?)\n\s{6}\]/.exec(bicep)?.[1] ?? '';
  return new Map(
    [...block.matchAll(/\{ name: '([A-Za-z_0-9]+)', value: (.+?) \}/g)].map((match) => [match[1], match[2]]),
  );
}

/** What a setting's value could be at run time: its literal, or a plausible value of the expression. */
function sampleValue(name: string, expression: string): string {
  const literal = /^'([^']*)'$/.exec(expression)?.[1];
  if (literal !== undefined) return literal;
  if (name === 'STORAGE_TABLE_ENDPOINT') return 'https://lagesbildst.table.core.windows.net';
  if (name === 'STORAGE_BLOB_ENDPOINT') return 'https://lagesbildst.blob.core.windows.net';
  if (name === 'RETENTION_MONTHS') return '24';
  // '' (the default 0: kept) or a number of months.
  if (name === 'PUBLICATION_RETENTION_MONTHS') return '';
  if (name === 'POLICE_EVENTS_ENABLED') return 'true';
  if (name === 'POLICE_EVENTS_URL') return 'https://polisen.se';
  if (name === 'TABLE_PREFIX') return 'est';
  if (name === 'LOG_LEVEL') return 'info';
  if (name === 'JOBS_SECRET' || name === 'ALLOWED_TENANT_IDS') return '';
  if (name === 'TAB_APP_ID_URI') return 'api://lagesbild-app.azurewebsites.net/6f0d1c1e-3333-4c1e-8f0d-1c1e6f0d1c1e';
  return '6f0d1c1e-3333-4c1e-8f0d-1c1e6f0d1c1e';
}

describe('infra/azure.bicep', () => {
  test('when the service starts with the app settings the template gives, then it is a valid production configuration', () => {
    const settings = appSettings();
    expect(settings.size).toBeGreaterThan(10);
    const env = Object.fromEntries([...settings].map(([name, expression]) => [name, sampleValue(name, expression)]));
    const config = loadConfig(env);
    expect(config.bot).toMatchObject({ type: 'UserAssignedMSI' });
    expect(config.storage).toMatchObject({ kind: 'identity', endpoint: 'https://lagesbildst.table.core.windows.net' });
    expect(config.allowedTenants).toEqual(['6f0d1c1e-3333-4c1e-8f0d-1c1e6f0d1c1e']);
    expect(config.jobs.schedulerEnabled).toBe(true);
    expect(settings.get('BOT_ID')).toBe('identity.properties.clientId');
    expect(settings.get('STORAGE_MANAGED_IDENTITY_CLIENT_ID')).toBe('identity.properties.clientId');
    expect(config.tab.auth).toMatchObject({ kind: 'sso', appId: '6f0d1c1e-3333-4c1e-8f0d-1c1e6f0d1c1e' });
    expect(settings.get('TAB_APP_ID_URI')).toContain("'api://${appHostName}/${tabAppClientId}'");
  });

  test('when a configuration key is required, then the template sets it or the schema has a default', () => {
    const settings = appSettings();
    const unset = CONFIG_KEYS.filter((key) => !settings.has(key));
    const withoutDefault = unset.filter((key) => !configSchema.shape[key].safeParse(undefined).success);
    expect(withoutDefault).toEqual([]);
    // Settings the template gives that the service does not know would be typos.
    const known = new Set<string>([
      ...CONFIG_KEYS,
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'ApplicationInsightsAgent_EXTENSION_VERSION',
      'WEBSITE_RUN_FROM_PACKAGE',
      'SCM_DO_BUILD_DURING_DEPLOYMENT',
    ]);
    expect([...settings.keys()].filter((name) => !known.has(name))).toEqual([]);
  });

  test('when Azure starts the service, then it runs the command npm start runs, Node flags included', () => {
    const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } })
      .scripts.start;
    expect(bicep).toContain(`appCommandLine: '${start}'`);
  });

  test('when the template is read, then it holds the security settings the issue asks for', () => {
    for (const line of [
      "type: 'UserAssigned'",
      "linuxFxVersion: 'NODE|24-lts'",
      'httpsOnly: true',
      "ftpsState: 'Disabled'",
      'alwaysOn: true',
      "healthCheckPath: '/healthz'",
      "minimumTlsVersion: 'TLS1_2'",
      'allowBlobPublicAccess: false',
      'allowSharedKeyAccess: false',
      "msaAppType: 'UserAssignedMSI'",
      'msaAppMSIResourceId: identity.id',
      "name: 'MSTeamsChannel'",
      "var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'",
      "var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'",
      "publicAccess: 'None'",
      "resource insights 'Microsoft.Insights/components",
    ])
      expect([line, bicep.includes(line)]).toEqual([line, true]);
    expect(bicep).not.toMatch(/listKeys|accountKey|BOT_PASSWORD/i);
  });

  test('when the downloads’ container is declared, then it is the one the service writes to', () => {
    const declared = /resource downloads [^{]*\{[^}]*name: '\$\{toLower\(tablePrefix\)\}(-[a-z]+)'/.exec(bicep)?.[1];
    expect(`est${declared}`).toBe(downloadContainerName('est'));
  });

  test('when the identity’s blob roles are declared, then they are least privilege: data on the downloads container only, the delegation key on the account', () => {
    const assignment = (name: string) => new RegExp(`resource ${name} [^{]*\\{[\\s\\S]*?\\n\\}`).exec(bicep)?.[0] ?? '';
    expect(assignment('blobDataContributor')).toMatch(/scope: downloads\n/);
    expect(assignment('blobDataContributor')).toContain('storageBlobDataContributor');
    expect(assignment('blobDelegator')).toMatch(/scope: storage\n/);
    expect(bicep).toContain("var storageBlobDelegator = 'db58b8e5-c6ad-4a2a-8342-4190687cbf4a'");
    // No blob data role on the whole account.
    expect(bicep.match(/roleDefinitions', storageBlobDataContributor\)/g)).toHaveLength(1);
  });

  test('when the downloads’ lifecycle rule is declared, then the account deletes their blobs after a day', () => {
    const rule = /resource downloadsLifecycle [\s\S]*?\n\}/.exec(bicep)?.[0] ?? '';
    expect(rule).toContain("prefixMatch: ['${toLower(tablePrefix)}-downloads/']");
    expect(`est-downloads`).toBe(downloadContainerName('est'));
    expect(rule).toContain('delete: { daysAfterModificationGreaterThan: 1 }');
  });

  test('when the tables are declared, then they are exactly the ones the service uses', () => {
    const declared = /var tableNames = \[([\s\S]*?)\]/.exec(bicep)?.[1].match(/'([A-Za-z]+)'/g) ?? [];
    expect(declared.map((name) => name.slice(1, -1)).sort()).toEqual(Object.values(TABLE_NAMES).sort());
  });

  test('when the Agents Toolkit reads m365agents.yml, then provision deploys this template and deploy ships the built service', () => {
    const project = parseYaml(readFileSync(join(ROOT, 'm365agents.yml'), 'utf8')) as Record<string, any>;
    const steps = (stage: string) => (project[stage] as { uses: string; with?: any }[]).map((step) => step.uses);
    expect(project.environmentFolderPath).toBe('./env');
    expect(steps('provision')).toEqual([
      'teamsApp/create',
      'aadApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    const arm = project.provision[2].with;
    // The tab's registration: no secret, its manifest with the application ID URI on the App Service's host.
    expect(project.provision[1].with).toMatchObject({ generateClientSecret: false });
    expect(project.provision[3].with.manifestPath).toBe('./infra/aad.manifest.json');
    const aad = JSON.parse(readFileSync(join(ROOT, 'infra', 'aad.manifest.json'), 'utf8'));
    expect(aad.identifierUris).toEqual(['api://${{BOT_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(aad.accessTokenAcceptedVersion).toBe(2);
    expect(arm.templates[0]).toMatchObject({
      path: './infra/azure.bicep',
      parameters: './infra/azure.parameters.json',
    });
    const parameters = JSON.parse(readFileSync(join(ROOT, 'infra', 'azure.parameters.json'), 'utf8')).parameters;
    for (const name of Object.keys(parameters)) expect([name, bicep.includes(`param ${name} `)]).toEqual([name, true]);
    expect(steps('deploy')).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    expect(project.deploy[2].with.resourceId).toBe('${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}');
    expect(bicep).toContain('output BOT_AZURE_APP_SERVICE_RESOURCE_ID string');
    const envFile = readFileSync(join(ROOT, 'env', '.env.dev'), 'utf8');
    for (const name of [
      'TEAMS_APP_ID',
      'BOT_ID',
      'BOT_DOMAIN',
      'AAD_APP_CLIENT_ID',
      'APP_PUBLISHER_NAME',
      'APP_WEBSITE_URL',
      'APP_PRIVACY_URL',
      'APP_TERMS_URL',
    ])
      expect(envFile).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});
