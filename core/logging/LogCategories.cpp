#include "core/logging/LogCategories.h"

Q_LOGGING_CATEGORY(lcApp, "callbridge.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "callbridge.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOAuth, "callbridge.oauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRest, "callbridge.rest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "callbridge.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "callbridge.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "callbridge.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFields, "callbridge.fields", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "callbridge.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFilter, "callbridge.filter", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "callbridge.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOrgsim, "callbridge.orgsim", QtInfoMsg)
