/* Claude Code plugins, current to 2026-09-23 (docs/sources.md):
 * code.claude.com/docs/en/plugins/manifest-reference and plugin-marketplaces
 * (the manifest is optional; when present, `name` is required and
 * kebab-case), sub-agents (plugin agents ignore hooks, mcpServers and
 * permissionMode; the loader warns since binary 2.1.227,
 * yonatangross/orchestkit#3431).
 * One entry per line. */
#include "spec/claude_plugin.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* clang-format off */
const al_plugin_field al_plugin_fields[] = {
    {"plugin.json",      "name",         AL_PJ_STRING,           true,  "plugins-reference 2025-10-09"},
    {"plugin.json",      "version",      AL_PJ_STRING,           false, "plugins-reference 2025-10-09"},
    {"plugin.json",      "description",  AL_PJ_STRING,           false, "plugins-reference 2025-10-09"},
    {"plugin.json",      "author",       AL_PJ_STRING_OR_OBJECT, false, "plugins-reference 2025-10-09"},
    {"plugin.json",      "homepage",     AL_PJ_STRING,           false, "plugins-reference 2025-10-09"},
    {"plugin.json",      "repository",   AL_PJ_ANY,              false, "plugins-reference 2025-10-09"},
    {"plugin.json",      "license",      AL_PJ_STRING,           false, "plugins-reference 2025-10-09"},
    {"plugin.json",      "keywords",     AL_PJ_STRINGS,          false, "plugins-reference 2025-10-09"},
    {"plugin.json",      "commands",     AL_PJ_PATHS,            false, "plugins-reference 2025-10-09"},
    {"plugin.json",      "agents",       AL_PJ_PATHS,            false, "plugins-reference 2025-10-09"},
    {"plugin.json",      "skills",       AL_PJ_PATHS,            false, "manifest-reference 2026-08-22"},
    {"plugin.json",      "outputStyles", AL_PJ_PATHS,            false, "manifest-reference 2026-08-22"},
    {"plugin.json",      "hooks",        AL_PJ_PATHS_OR_OBJECT,  false, "plugins-reference 2025-10-09"},
    {"plugin.json",      "mcpServers",   AL_PJ_PATHS_OR_OBJECT,  false, "plugins-reference 2025-10-09"},
    {"plugin.json",      "lspServers",   AL_PJ_PATHS_OR_OBJECT,  false, "manifest-reference 2026-08-22"},
    {"plugin.json",      "userConfig",   AL_PJ_OBJECT,           false, "manifest-reference 2026-08-22"},
    {"marketplace.json", "name",         AL_PJ_STRING,           true,  "plugin-marketplaces 2025-10-09"},
    {"marketplace.json", "owner",        AL_PJ_STRING_OR_OBJECT, false, "plugin-marketplaces 2025-10-09"},
    {"marketplace.json", "plugins",      AL_PJ_ARRAY,            false, "plugin-marketplaces 2025-10-09"},
    {"marketplace.json", "metadata",     AL_PJ_OBJECT,           false, "plugin-marketplaces 2025-10-09"},
};

const al_plugin_agent_ignored al_plugin_agent_ignored_fields[] = {
    {"hooks",          "sub-agents docs 2026-02-07; loader warning 2.1.227"},
    {"mcpServers",     "sub-agents docs 2026-02-07; loader warning 2.1.227"},
    {"permissionMode", "sub-agents docs 2026-02-07; loader warning 2.1.227"},
};
/* clang-format on */
const size_t al_plugin_field_count = COUNT(al_plugin_fields);
const size_t al_plugin_agent_ignored_count = COUNT(al_plugin_agent_ignored_fields);
