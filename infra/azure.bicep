// Lägesbild-boten in Azure: one resource group holds everything.
//
//   user-assigned managed identity ── is the bot's identity (Azure Bot, UserAssignedMSI, single tenant)
//                                  ├─ reads and writes the tables (Storage Table Data Contributor)
//                                  └─ writes the Word documents and signs their short-lived links
//                                     (Storage Blob Data Contributor: blobs and user-delegation keys)
//   App Service on Linux, Node 24  ── runs the service and its scheduler (always on), /healthz
//   Storage account                ── Azure Table Storage, and a private blob container for the Word
//                                     documents a samordnare downloads; TLS 1.2, no public blob
//                                     access, no shared keys
//   Application Insights + Log Analytics ── requests, dependencies and the service's JSON logs
//
// No secret is created or stored: the bot and the storage are reached with the identity.
// Deploy: see README.md, "Driftsättning i Azure".

@description('Base of every resource name: lower-case letters and digits, 3–18 characters, unique for you (e.g. lagesbildfagersta).')
@minLength(3)
@maxLength(18)
param resourceBaseName string

@description('Azure region of the resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('The bot as it is named in Teams and in the Azure portal.')
param botDisplayName string = 'Lägesbild'

@description('Tenants whose Teams may use the bot, separated by ;. Empty: this tenant only.')
param allowedTenantIds string = ''

@description('App Service plan size. B1 is enough for a kommun; P0v3 for many groups.')
param appServiceSku string = 'B1'

@description('Raw reports are deleted this many months after their period ended (3–120); lägesbilder are kept.')
@minValue(3)
@maxValue(120)
param retentionMonths int = 24

@description('Free texts of published lägesbilder are removed this many months after publishing (the dokumenthanteringsplan); 0 keeps them.')
@minValue(0)
@maxValue(1200)
param publicationRetentionMonths int = 0

@description('Fetch the police\'s published events (polisen.se) for every lägesbild; false turns it off.')
param policeEventsEnabled bool = true

@description('Where the police\'s events are fetched from: the only host called, https.')
param policeEventsUrl string = 'https://polisen.se'

@description('Prefix of the table names.')
param tablePrefix string = 'est'

@description('fatal | error | warn | info | debug')
param logLevel string = 'info'

@description('Optional: a secret of at least 32 characters for POST /api/jobs/* from an external timer. Empty: jobs only run inside the service.')
@secure()
param jobsSecret string = ''

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('The Lägesbild tab\'s Entra app (m365agents.yml: aadApp/create). Empty: the tab is off.')
param tabAppClientId string = ''

var names = {
  identity: '${resourceBaseName}-identity'
  storage: take(toLower(replace('${resourceBaseName}st${uniqueString(resourceGroup().id)}', '-', '')), 24)
  plan: '${resourceBaseName}-plan'
  app: '${resourceBaseName}-app'
  bot: resourceBaseName
  workspace: '${resourceBaseName}-logs'
  insights: '${resourceBaseName}-insights'
}

// The tables the service uses (src/storage/table/common.ts, TABLE_NAMES); a test keeps the two in step.
var tableNames = [
  'Groups'
  'Channels'
  'Members'
  'Memberships'
  'Conversations'
  'Reports'
  'Dispatches'
  'Outbox'
  'Leases'
  'Publications'
  'Pledges'
  'Insatser'
  'PoliceEvents'
]

// Built-in role "Storage Table Data Contributor".
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
// Built-in role "Storage Blob Data Contributor", on the downloads container only: write, read and
// delete the Word documents, nothing else in the account.
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
// Built-in role "Storage Blob Delegator", on the account: only the user-delegation key that signs a
// download link (asked of the account); it gives no access to any blob by itself.
var storageBlobDelegator = 'db58b8e5-c6ad-4a2a-8342-4190687cbf4a'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: names.storage
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for table in tableNames: {
    parent: tableService
    name: '${tablePrefix}${table}'
  }
]

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

// The Word documents (src/storage/blob/download-store.ts, downloadContainerName): private; the
// service deletes them after a day, and each link expires after ten minutes.
resource downloads 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: '${toLower(tablePrefix)}-downloads'
  properties: {
    publicAccess: 'None'
  }
}

resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(downloads.id, identity.id, storageBlobDataContributor)
  scope: downloads
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource blobDelegator 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageBlobDelegator)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDelegator)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The storage account deletes the Word documents a day after they were written, whether or not the
// service's nightly retention ran: a document never outlives its purpose by more than a day.
resource downloadsLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-downloads-after-a-day'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['${toLower(tablePrefix)}-downloads/']
            }
            actions: {
              baseBlob: {
                delete: { daysAfterModificationGreaterThan: 1 }
              }
            }
          }
        }
      ]
    }
  }
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.workspace
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 90
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: names.plan
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

// The App Service's default host name, known before it exists (its own properties cannot be read in its settings).
var appHostName = '${names.app}.azurewebsites.net'
var tableEndpoint = 'https://${storage.name}.table.${environment().suffixes.storage}'
var blobEndpoint = 'https://${storage.name}.blob.${environment().suffixes.storage}'

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: names.app
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // As `npm start` (package.json): a smaller young generation and a capped heap keep the
      // resident memory near 130 MB idle and 175 MB under load (npm run bench).
      appCommandLine: 'node --max-semi-space-size=4 --max-old-space-size=384 dist/src/index.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
      appSettings: [
        // The bot is the managed identity: no client secret exists.
        { name: 'BOT_ID', value: identity.properties.clientId }
        { name: 'BOT_TYPE', value: 'UserAssignedMSI' }
        { name: 'BOT_TENANT_ID', value: identity.properties.tenantId }
        { name: 'ALLOWED_TENANT_IDS', value: allowedTenantIds }
        // Tables by endpoint and the same identity; the account has no usable keys.
        { name: 'STORAGE_TABLE_ENDPOINT', value: tableEndpoint }
        { name: 'STORAGE_BLOB_ENDPOINT', value: blobEndpoint }
        { name: 'STORAGE_MANAGED_IDENTITY_CLIENT_ID', value: identity.properties.clientId }
        { name: 'TABLE_PREFIX', value: tablePrefix }
        { name: 'RETENTION_MONTHS', value: string(retentionMonths) }
        { name: 'PUBLICATION_RETENTION_MONTHS', value: publicationRetentionMonths == 0 ? '' : string(publicationRetentionMonths) }
        { name: 'POLICE_EVENTS_ENABLED', value: string(policeEventsEnabled) }
        { name: 'POLICE_EVENTS_URL', value: policeEventsUrl }
        // The tab's single sign-on: tokens for api://<this host>/<the tab's app id>.
        { name: 'TAB_APP_ID_URI', value: empty(tabAppClientId) ? '' : 'api://${appHostName}/${tabAppClientId}' }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'SCHEDULER_ENABLED', value: 'true' }
        { name: 'JOBS_SECRET', value: jobsSecret }
        // App Service gives the port in PORT; the service listens on all interfaces with a bot id.
        // Application Insights' agent for Node on Linux: requests and dependencies without code.
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
        // The deployment zip (npm run deploy:bundle) runs as it is; nothing is built on the server.
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
  dependsOn: [
    tableDataContributor
    tables
  ]
}

// Deployments use Entra ID, never the basic publishing credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

resource appLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-workspace'
  scope: app
  properties: {
    workspaceId: workspace.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    disableLocalAuth: true
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MSTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MSTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Written to env/.env.<env> by the Agents Toolkit (names upper-cased), used by `npm run package`.
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = app.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = app.id
output STORAGE_TABLE_ENDPOINT string = tableEndpoint
output STORAGE_BLOB_ENDPOINT string = blobEndpoint
