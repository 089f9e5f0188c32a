/* Claude Code settings, current to the settings reference of 2026-08-22
 * (Claude Code v2.1.240): its "All settings" table lists 151 top-level keys,
 * each with its scope (the files that may set it) and its type; the
 * permission modes are docs:permission-modes and settings-reference
 * `permissions.defaultMode`; rules naming Write, NotebookEdit, MultiEdit or
 * Glob with a path are "not matched by file permission checks" (docs:errors,
 * warning since v2.1.210). One entry per line. */
#include "spec/claude_settings.h"

#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* clang-format off */
const al_setting_key al_setting_keys[] = {
    {"$schema",                                   AL_SET_STRING,             AL_SCOPE_ANY,        "schemastore claude-code-settings.json (editor validation only)"},
    {"advisorModel",                              AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"agent",                                     AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"agentPushNotifEnabled",                     AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"allowAllClaudeAiMcps",                      AL_SET_BOOL,               AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"allowedChannelPlugins",                     AL_SET_ARRAY,              AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"allowedHttpHookUrls",                       AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"allowedMcpServers",                         AL_SET_ARRAY,              AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"allowManagedHooksOnly",                     AL_SET_BOOL,               AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"allowManagedMcpServersOnly",                AL_SET_BOOL,               AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"allowManagedPermissionRulesOnly",           AL_SET_BOOL,               AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"alwaysThinkingEnabled",                     AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"apiKeyHelper",                              AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"askUserQuestionTimeout",                    AL_SET_STRING,             AL_SCOPE_USER,       "settings-reference 2026-08-22"},
    {"attribution",                               AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"autoCompactEnabled",                        AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"autoCompactWindow",                         AL_SET_NUMBER,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"autoConnectIde",                            AL_SET_BOOL,               AL_SCOPE_GLOBAL,     "settings-reference 2026-08-22"},
    {"autoInstallIdeExtension",                   AL_SET_BOOL,               AL_SCOPE_GLOBAL,     "settings-reference 2026-08-22"},
    {"autoMemoryDirectory",                       AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"autoMemoryEnabled",                         AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"autoMode",                                  AL_SET_OBJECT,             AL_SCOPE_USER,       "settings-reference 2026-08-22"},
    {"autoScrollEnabled",                         AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"autoUpdatesChannel",                        AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"availableModels",                           AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"awaySummaryEnabled",                        AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"awsAuthRefresh",                            AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"awsCredentialExport",                       AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"axScreenReader",                            AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"blockedMarketplaces",                       AL_SET_ARRAY,              AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"browserExternalPageTools",                  AL_SET_STRING,             AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"channelsEnabled",                           AL_SET_BOOL,               AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"claudeMd",                                  AL_SET_STRING,             AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"claudeMdExcludes",                          AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"cleanupPeriodDays",                         AL_SET_INTEGER,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"companyAnnouncements",                      AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"crossSessionInbound",                       AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"defaultShell",                              AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"deniedMcpServers",                          AL_SET_ARRAY,              AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"dialogExpiry",                              AL_SET_STRING,             AL_SCOPE_USER,       "settings-reference 2026-08-22"},
    {"diffTool",                                  AL_SET_STRING,             AL_SCOPE_GLOBAL,     "settings-reference 2026-08-22"},
    {"disableAgentView",                          AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"disableAllHooks",                           AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"disableArtifact",                           AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"disableAutoMode",                           AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"disableBrowserExternalNavigation",          AL_SET_BOOL,               AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"disableBundledSkills",                      AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"disableClaudeAiConnectors",                 AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"disableCommandPluginSources",               AL_SET_BOOL,               AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"disableDeepLinkRegistration",               AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"disabledMcpjsonServers",                    AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"disableMobileSimulatorTools",               AL_SET_BOOL,               AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"disableRemoteControl",                      AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"disableSideloadFlags",                      AL_SET_BOOL,               AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"disableSkillShellExecution",                AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"disableWorkflows",                          AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"editorMode",                                AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"effortLevel",                               AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"emojiCompletionEnabled",                    AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"enableAllProjectMcpServers",                AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"enableArtifact",                            AL_SET_BOOL,               AL_SCOPE_USER,       "settings-reference 2026-08-22"},
    {"enabledMcpjsonServers",                     AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"enabledPlugins",                            AL_SET_PLUGINS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"enableWorkflows",                           AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"enforceAvailableModels",                    AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"env",                                       AL_SET_ENV,                AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"externalEditorContext",                     AL_SET_BOOL,               AL_SCOPE_GLOBAL,     "settings-reference 2026-08-22"},
    {"extraKnownMarketplaces",                    AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"fallbackModel",                             AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"fastMode",                                  AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"fastModePerSessionOptIn",                   AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"feedbackSurveyRate",                        AL_SET_NUMBER,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"fileCheckpointingEnabled",                  AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"fileSuggestion",                            AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"footerLinksRegexes",                        AL_SET_ARRAY,              AL_SCOPE_USER,       "settings-reference 2026-08-22"},
    {"forceLoginGatewayUrl",                      AL_SET_STRING,             AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"forceLoginMethod",                          AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"forceLoginOrgUUID",                         AL_SET_STRING_OR_STRINGS,  AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"forceRemoteSettingsRefresh",                AL_SET_BOOL,               AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"gcpAuthRefresh",                            AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"hooks",                                     AL_SET_HOOKS,              AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"httpHookAllowedEnvVars",                    AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"includeCoAuthoredBy",                       AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"includeGitInstructions",                    AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"inputNeededNotifEnabled",                   AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"isolatePeerMachines",                       AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"keybindingFlavor",                          AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"language",                                  AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"minimumVersion",                            AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"model",                                     AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"modelOverrides",                            AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"otelHeadersHelper",                         AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"outputStyle",                               AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"parentSettingsBehavior",                    AL_SET_STRING,             AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"permissionExplainerEnabled",                AL_SET_BOOL,               AL_SCOPE_GLOBAL,     "settings-reference 2026-08-22"},
    {"permissions",                               AL_SET_PERMISSIONS,        AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"plansDirectory",                            AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"pluginConfigs",                             AL_SET_OBJECT,             AL_SCOPE_USER,       "settings-reference 2026-08-22"},
    {"pluginSuggestionMarketplaces",              AL_SET_STRINGS,            AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"pluginTrustMessage",                        AL_SET_STRING,             AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"policyHelper",                              AL_SET_OBJECT,             AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"preferredNotifChannel",                     AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"prefersReducedMotion",                      AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"processWrapper",                            AL_SET_STRING,             AL_SCOPE_USER,       "settings-reference 2026-08-22"},
    {"promptSuggestionEnabled",                   AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"prUrlTemplate",                             AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"remoteControlAtStartup",                    AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"requiredMaximumVersion",                    AL_SET_STRING,             AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"requiredMinimumVersion",                    AL_SET_STRING,             AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"respectGitignore",                          AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"respondToBashCommands",                     AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"sandbox",                                   AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"showClearContextOnPlanAccept",              AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"showThinkingSummaries",                     AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"showTurnDuration",                          AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"skillListingBudgetFraction",                AL_SET_NUMBER,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"skillListingMaxDescChars",                  AL_SET_INTEGER,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"skillOverrides",                            AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"skipAutoPermissionPrompt",                  AL_SET_BOOL,               AL_SCOPE_USER,       "settings-reference 2026-08-22"},
    {"skipDangerousModePermissionPrompt",         AL_SET_BOOL,               AL_SCOPE_USER_LOCAL, "settings-reference 2026-08-22"},
    {"skipWebFetchPreflight",                     AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"spellcheck",                                AL_SET_OBJECT,             AL_SCOPE_USER,       "settings-reference 2026-08-22"},
    {"spinnerTipsEnabled",                        AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"spinnerTipsOverride",                       AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"spinnerVerbs",                              AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"sshConfigs",                                AL_SET_ARRAY,              AL_SCOPE_USER,       "settings-reference 2026-08-22"},
    {"sshHostAllowlist",                          AL_SET_STRINGS,            AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"statusLine",                                AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"strictKnownMarketplaces",                   AL_SET_ARRAY,              AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"strictPluginOnlyCustomization",             AL_SET_ANY,                AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"subagentStatusLine",                        AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"switchModelsOnFlag",                        AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"syncClaudeAiSkills",                        AL_SET_BOOL,               AL_SCOPE_USER_LOCAL, "settings-reference 2026-08-22"},
    {"syntaxHighlightingDisabled",                AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"teammateDefaultModel",                      AL_SET_STRING,             AL_SCOPE_GLOBAL,     "settings-reference 2026-08-22"},
    {"teammateMode",                              AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"terminalProgressBarEnabled",                AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"terminalTitleFromRename",                   AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"theme",                                     AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"tui",                                       AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"ultracode",                                 AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"useAutoModeDuringPlan",                     AL_SET_BOOL,               AL_SCOPE_USER_LOCAL, "settings-reference 2026-08-22"},
    {"verbose",                                   AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"viewMode",                                  AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"vimInsertModeRemaps",                       AL_SET_OBJECT,             AL_SCOPE_USER,       "settings-reference 2026-08-22"},
    {"voice",                                     AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"voiceEnabled",                              AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"wheelScrollAccelerationEnabled",            AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"workflowKeywordTriggerEnabled",             AL_SET_BOOL,               AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"workflowSizeGuideline",                     AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"worktree",                                  AL_SET_OBJECT,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"wslInheritsWindowsSettings",                AL_SET_BOOL,               AL_SCOPE_MANAGED,    "settings-reference 2026-08-22"},
    {"additionalMarketplaces",                    AL_SET_OBJECT,             AL_SCOPE_ANY,        "CL 2.1.232 (alias of extraKnownMarketplaces)"},
    {"allowedMarketplaces",                       AL_SET_ARRAY,              AL_SCOPE_MANAGED,    "CL 2.1.232 (alias of strictKnownMarketplaces)"},
};

const al_setting_key al_permission_keys[] = {
    {"allow",                                     AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"ask",                                       AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"deny",                                      AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"additionalDirectories",                     AL_SET_STRINGS,            AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"defaultMode",                               AL_SET_STRING,             AL_SCOPE_ANY,        "settings-reference 2026-08-22"},
    {"disableBypassPermissionsMode",  AL_SET_STRING,  AL_SCOPE_ANY,     "settings-reference 2026-08-22 (only \"disable\")"},
    {"disableAutoMode",              AL_SET_STRING,  AL_SCOPE_ANY,     "settings-reference 2026-08-22 (only \"disable\")"},
};

const al_setting_misplaced al_setting_misplaced_keys[] = {
    {"mcpServers",   "define MCP servers in `.mcp.json` at the project root (Claude Code does not read them from settings)", "docs:debug-your-config (2026-08-22)"},
    {"allowedTools", "write them as `permissions.allow` rules", "CL 2.0.8 (removed from .claude.json; never a settings key)"},
    {"ignorePatterns", "write `permissions.deny` rules such as `Read(./secrets/**)`", "CL 2.0.8 (removed from .claude.json; never a settings key)"},
};

const al_setting_value al_setting_values[] = {
    {"defaultMode", "default",           "settings-reference 2026-08-22", NULL},
    {"defaultMode", "acceptEdits",       "settings-reference 2026-08-22", NULL},
    {"defaultMode", "plan",              "settings-reference 2026-08-22", NULL},
    {"defaultMode", "bypassPermissions", "settings-reference 2026-08-22", NULL},
    {"defaultMode", "dontAsk",           "settings-reference 2026-08-22", NULL},
    {"defaultMode", "manual",            "v2.1.200 (alias of default)",   NULL},
    {"defaultMode", "auto",              "settings-reference 2026-08-22", "`auto` has no effect from a project or local settings file since v2.1.142: set it in ~/.claude/settings.json"},
};

const char *const al_permission_only_tools[] = {
    "Cd",   /* docs:permissions "Cd" (the /cd command, not a model tool) */
};

const char *const al_path_rule_ignored_tools[] = {
    "Write", "NotebookEdit", "MultiEdit", "Glob",  /* docs:errors "Is not matched by file permission checks" (v2.1.210) */
};
/* clang-format on */
const size_t al_setting_key_count = COUNT(al_setting_keys);
const size_t al_permission_key_count = COUNT(al_permission_keys);
const size_t al_setting_misplaced_count = COUNT(al_setting_misplaced_keys);
const size_t al_setting_value_count = COUNT(al_setting_values);
const size_t al_permission_only_tool_count = COUNT(al_permission_only_tools);
const size_t al_path_rule_ignored_tool_count = COUNT(al_path_rule_ignored_tools);

static bool eq(const char *word, const char *s, size_t len)
{
    return strlen(word) == len && memcmp(word, s, len) == 0;
}

const al_setting_key *al_setting_key_find(const al_setting_key *table, size_t count,
                                          const char *key, size_t len)
{
    for (size_t i = 0; i < count; i++)
        if (eq(table[i].key, key, len)) return &table[i];
    return NULL;
}

const al_setting_misplaced *al_setting_misplaced_find(const char *key, size_t len)
{
    for (size_t i = 0; i < al_setting_misplaced_count; i++)
        if (eq(al_setting_misplaced_keys[i].key, key, len)) return &al_setting_misplaced_keys[i];
    return NULL;
}

const al_setting_value *al_setting_value_find(const char *key, const char *value, size_t len)
{
    for (size_t i = 0; i < al_setting_value_count; i++)
        if (strcmp(al_setting_values[i].key, key) == 0 &&
            eq(al_setting_values[i].value, value, len))
            return &al_setting_values[i];
    return NULL;
}
