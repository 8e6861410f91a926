#include "app/cli/FieldsCommand.h"

#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"

#include "core/cache/CacheStore.h"
#include "core/fields/FieldCatalogLoader.h"
#include "core/util/InputFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace callbridge::cli {

namespace {

void print(const QList<FieldEntry>& entries, bool json)
{
    if (json) {
        QJsonArray array;
        for (const FieldEntry& entry : entries) {
            array.append(entry.toJson());
        }
        printJson(array);
        return;
    }
    for (const FieldEntry& entry : entries) {
        printLine(QStringLiteral("%1.%2\t%3\t%4%5")
                      .arg(entry.object, entry.field, FieldEntry::statusKey(entry.status),
                          entry.selected ? tr("selected") : tr("not selected"),
                          entry.reason.isEmpty() ? QString() : QStringLiteral("\t") + entry.reason));
    }
}

} // namespace

int runFieldsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Classify the imported objects' fields as required, recommended, optional, "
                                        "unsupported or inaccessible: from describe responses saved as files, or live "
                                        "from the connected org."));
    parser.addHelpOption();
    const QCommandLineOption describe(QStringLiteral("describe"),
        tr("A saved sobjects/{Object}/describe response. Repeatable."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({ describe, json });
    CliSession::addOptions(parser);
    if (const auto done = parseCommandLine(parser, arguments)) {
        return *done;
    }

    QList<FieldEntry> entries;
    if (parser.isSet(describe)) {
        for (const QString& path : parser.values(describe)) {
            const InputFile file = readUserFile(path, FieldCatalogLoader::maxDescribeFileBytes);
            if (!file.ok()) {
                return fail(parser, ExitFindings, tr("%1: cannot be read: %2").arg(path, file.status.errorMessage()));
            }
            QJsonParseError parseError;
            const QJsonObject response = QJsonDocument::fromJson(file.data, &parseError).object();
            if (parseError.error != QJsonParseError::NoError) {
                // A truncated or damaged file: say where the JSON breaks.
                return fail(parser, ExitFindings,
                    tr("%1: not valid JSON at character %L2: %3")
                        .arg(path)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
            }
            const QString object = response.value(QStringLiteral("name")).toString();
            if (object.isEmpty() || !response.value(QStringLiteral("fields")).isArray()) {
                return fail(parser, ExitFindings,
                    tr("%1: not a describe response (expected an object with \"name\" and \"fields\")").arg(path));
            }
            entries += FieldPolicy::instance().classify(object, response.value(QStringLiteral("fields")).toArray());
        }
        print(entries, parser.isSet(json));
        return ExitOk;
    }

    CliSession session;
    return session.execute(parser, {}, [&](CliSession& connected) {
        FieldCatalogLoader loader(connected.connection().client());
        loader.setCacheDirectory(
            CacheStore::describeDirectoryFor(connected.dataDirectory(), connected.connection().summary().orgId));
        runUntilFinished(loader);
        if (!loader.ok()) {
            return fail(parser, ExitFindings, tr("Reading the describes failed: %1").arg(loader.error().toString()));
        }
        for (const auto& object : loader.catalog()) {
            entries += object.second;
        }
        print(entries, parser.isSet(json));
        for (auto failed = loader.failedObjects().cbegin(); failed != loader.failedObjects().cend(); ++failed) {
            printError(tr("%1: the describe failed: %2").arg(failed.key(), failed.value()));
        }
        return int(loader.failedObjects().isEmpty() ? ExitOk : ExitFindings);
    });
}

} // namespace callbridge::cli
