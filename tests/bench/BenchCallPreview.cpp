// Opening the preview of many calls against a large cache: 100,000 calls and 1,000,000 contacts
// with CALLBRIDGE_BENCH_SCALE=large (1,000 calls and 10,000 contacts otherwise, for CI).
// Figures only; no thresholds.
//
// initTestCase builds the cache file and writes the calls file. coldOpen then starts this binary
// again (--cold-preview) as a new process, which opens the cache, reads the calls, prepares
// matching, matches, filters and plans, reports each stage and the total from its start, then
// edits the filter and re-evaluates it on what it prepared (no cache read), and reports its peak
// RSS. A second child does the same through ExportWorkspace, as the Preview page does; a third is the
// GUI: the console as callbridge starts it, with this org, whose Preview page opens the calls file
// and shows the preview (its resident memory then is the GUI's). "Cold" is a cold process:
// nothing of the cache is in its memory; the file itself is in the OS page cache, since this benchmark just wrote it
// (dropping that needs root). CALLBRIDGE_BENCH_RUNS sets how many cold processes run (default 3 at large scale, else
// 1); CALLBRIDGE_BENCH_KEEP=dir builds into dir and keeps it (for profiling one child by hand).
#include "core/cache/CacheStore.h"
#include "core/calls/CallsReader.h"
#include "core/config/ConfigDocument.h"
#include "core/exporting/ExportPreview.h"
#include "core/exporting/ExportWorkspace.h"
#include "core/filter/FilterEvaluator.h"
#include "core/filter/FilterParser.h"
#include "ui/Console.h"
#include "ui/MainWindow.h"
#include "ui/PreviewPage.h"
#include "ui/SetupStep.h"

#include "tests/support/ProcessFigures.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace callbridge;
using namespace callbridge::test;

namespace {

const QString orgId = QStringLiteral("00D000000000001AAA");
const QString filterText =
    QStringLiteral("scope = \"external\" and duration >= 2m and (trackers contains \"pricing\" or "
                   "opportunity.StageName = \"Negotiation\") and account.Industry != \"Manufacturing\"");
// An edit of the filter: another duration and industry.
const QString editedFilterText =
    QStringLiteral("scope = \"external\" and duration >= 5m and (trackers contains \"pricing\" or "
                   "opportunity.StageName = \"Negotiation\") and account.Industry != \"Software\"");

QString cachePath(const QString& dir)
{
    return CacheStore::pathFor(dir, orgId); // where ExportWorkspace looks
}

QString callsPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("calls.json"));
}

// The child: a cold process opening the preview. Prints one JSON object on stdout.
int coldPreview(const QString& dir)
{
    QJsonObject report;
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    QJsonObject cpuReport;
    QJsonObject rssReport; // MB after each stage: what each holds
    auto stage = [&](const char* name) {
        rssReport.insert(QLatin1String(name), double(statusKb("VmRSS:")) / 1024.0);
        report.insert(QLatin1String(name), double(timer.restart()));
        const double now = cpuMs();
        cpuReport.insert(QLatin1String(name), now - cpu);
        cpu = now;
    };
    report.insert(QStringLiteral("startupMs"), msSinceProcessStart());

    CacheStore cache;
    if (!cache.open(cachePath(dir), orgId).ok()) {
        return 1;
    }
    const FilterSchema schema = ExportPreview::schemaFor(cache);
    const FilterParser::Result filter = FilterParser::parse(filterText, schema);
    const FilterParser::Result edited = FilterParser::parse(editedFilterText, schema);
    if (!filter.ok() || !edited.ok()) {
        return 1;
    }
    stage("openCacheMs");
    const CallsReader::Result calls = CallsReader::readFile(callsPath(dir));
    if (!calls.ok()) {
        return 1;
    }
    stage("readCallsMs");
    CallMatcher matcher;
    if (!matcher.prepare(cache, calls.calls).ok()) {
        return 1;
    }
    stage("prepareMs");
    const QList<CallMatch> matches = ExportPreview::matchAll(calls.calls, matcher);
    stage("matchMs");
    ExportPreview::Input input;
    input.calls = &calls.calls;
    input.matcher = &matcher;
    input.matches = &matches;
    // As ExportWorkspace does: records planned once (with full call data), saved-filter results kept.
    QList<std::shared_ptr<const ConversationPlan>> plannedRecords(calls.calls.size());
    input.plannedRecords = &plannedRecords;
    QList<qint8> savedPasses(calls.calls.size(), qint8(-1)); // as ExportWorkspace keeps them
    input.savedPasses = &savedPasses;
    input.schema = &schema;
    input.filter = filter.root;
    input.savedFilter = filter.root;
    const QList<ExportPreview::CallPlan> plans = ExportPreview::plan(input);
    const ExportPreview::Totals totals = ExportPreview::totals(plans);
    stage("filterPlanMs");
    report.insert(QStringLiteral("firstPreviewSinceStartMs"), msSinceProcessStart());
    report.insert(QStringLiteral("firstPreviewCpuMs"), cpu);
    report.insert(QStringLiteral("cpu"), cpuReport);
    report.insert(QStringLiteral("rssAfterMb"), rssReport);
    report.insert(QStringLiteral("exporting"), double(totals.exporting));
    report.insert(QStringLiteral("calls"), double(totals.calls));

    // A filter edit, then back: each re-evaluated on the prepared data.
    QJsonArray refilters;
    QList<ExportPreview::CallPlan> latest = plans;
    QJsonArray refilterCpu;
    QList<FilterNode> edits { edited.root, filter.root, edited.root };
    for (int more = qEnvironmentVariableIntValue("CALLBRIDGE_BENCH_EDITS"); more > 0; --more) {
        edits.append(edits.at(edits.size() - 2)); // for profiling the re-filter alone
    }
    for (const FilterNode& next : std::as_const(edits)) {
        timer.restart();
        cpu = cpuMs();
        input.filter = next;
        latest = ExportPreview::plan(input);
        const ExportPreview::Totals changed = ExportPreview::totals(latest);
        refilters.append(double(timer.elapsed()));
        refilterCpu.append(cpuMs() - cpu);
        report.insert(QStringLiteral("editedExporting"), double(changed.exporting));
    }
    report.insert(QStringLiteral("refilterMs"), refilters);
    report.insert(QStringLiteral("refilterCpuMs"), refilterCpu);
    report.insert(QStringLiteral("peakRssMb"), double(statusKb("VmHWM:")) / 1024.0);
    // CALLBRIDGE_BENCH_DUMP=file: every call's plan, to compare two builds' previews.
    if (qEnvironmentVariableIsSet("CALLBRIDGE_BENCH_DUMP")) {
        QFile dump(qEnvironmentVariable("CALLBRIDGE_BENCH_DUMP"));
        if (!dump.open(QIODevice::WriteOnly)) {
            return 1;
        }
        const QList<const QList<ExportPreview::CallPlan>*> shown { &plans, &latest };
        for (const QList<ExportPreview::CallPlan>* list : shown) {
            for (const ExportPreview::CallPlan& plan : *list) {
                QStringList contacts;
                for (const CallMatch::Person& person : plan.match().contacts) {
                    contacts.append(person.id);
                }
                const QStringList line { calls.calls.at(plan.index).id, QString::number(int(plan.action)),
                    QString::number(int(plan.change)), plan.reason(), plan.match().accountId,
                    plan.match().opportunityId, contacts.join(QLatin1Char(',')),
                    plan.match().reasons().join(QLatin1Char('|')),
                    QString::fromUtf8(QJsonDocument(plan.activity().fields).toJson(QJsonDocument::Compact)),
                    plan.activity().notes.join(QLatin1Char('|')), QString::number(plan.apiCalls) };
                dump.write(line.join(QLatin1Char('\t')).toUtf8() + '\n');
            }
        }
    }
    report.insert(QStringLiteral("rssMb"), double(statusKb("VmRSS:")) / 1024.0);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 1;
    }
    out.write(QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}

// The other child: the same through ExportWorkspace, the object the Preview page and the CLI's
// preview use (matching and planning on its worker threads, the filter edit re-using what it can).
int coldWorkspace(const QString& dir)
{
    QJsonObject report;
    report.insert(QStringLiteral("startupMs"), msSinceProcessStart());
    QElapsedTimer timer;
    timer.start();
    ExportWorkspace workspace;
    if (!workspace.openOrg(dir, orgId).ok() || !workspace.loadCalls(callsPath(dir)).ok()) {
        return 1;
    }
    report.insert(QStringLiteral("openAndReadCallsMs"), double(timer.restart()));
    const FilterParser::Result filter = FilterParser::parse(filterText, workspace.schema());
    const FilterParser::Result edited = FilterParser::parse(editedFilterText, workspace.schema());
    if (!filter.ok() || !edited.ok()) {
        return 1;
    }
    auto preview = [&workspace](const FilterNode& node, const FilterNode& saved) {
        QEventLoop loop;
        QObject::connect(&workspace, &ExportWorkspace::previewReady, &loop, [&loop, &workspace] {
            if (!workspace.isComputing()) {
                loop.quit();
            }
        });
        workspace.requestPreview(node, saved, ExportSettings());
        loop.exec();
        return ExportPreview::totals(workspace.plans());
    };
    const ExportPreview::Totals first = preview(filter.root, filter.root);
    report.insert(QStringLiteral("firstPreviewMs"), double(timer.restart()));
    report.insert(QStringLiteral("firstPreviewSinceStartMs"), msSinceProcessStart());
    report.insert(QStringLiteral("firstPreviewCpuMs"), cpuMs());
    report.insert(QStringLiteral("exporting"), double(first.exporting));
    report.insert(QStringLiteral("calls"), double(first.calls));
    report.insert(QStringLiteral("rssMb"), double(statusKb("VmRSS:")) / 1024.0);
    QJsonArray refilters;
    QJsonArray refilterCpu;
    for (const FilterNode& next : { edited.root, filter.root, edited.root }) {
        timer.restart();
        const double cpu = cpuMs();
        preview(next, filter.root);
        refilters.append(double(timer.elapsed()));
        refilterCpu.append(cpuMs() - cpu);
    }
    report.insert(QStringLiteral("refilterMs"), refilters);
    report.insert(QStringLiteral("refilterCpuMs"), refilterCpu);
    report.insert(QStringLiteral("peakRssMb"), double(statusKb("VmHWM:")) / 1024.0);
    report.insert(QStringLiteral("rssEndMb"), double(statusKb("VmRSS:")) / 1024.0);
    // Matching frees what it read on an idle thread, after the first preview: the memory a
    // moment later, as an admin would find it.
    QThread::msleep(1000);
    report.insert(QStringLiteral("rssSettledMb"), double(statusKb("VmRSS:")) / 1024.0);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 1;
    }
    out.write(QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}

// The GUI child: callbridge's console on a fresh data folder, this org's cache opened, the
// Preview step shown; its page opens the calls file as the Open calls… button does. Prints one
// JSON object once the preview's rows are all in the table and nothing is computing.
int coldGui(int argc, char** argv, const QString& dir)
{
    QApplication app(argc, argv);
    QTemporaryDir data;
    ConfigDocument document(data.filePath(QStringLiteral("config.json")));
    document.load();
    ui::Console::Options options;
    options.dataDirectory = data.path();
    options.keychainService = QStringLiteral("Callbridge preview benchmark");
    ui::Console console(&document, options);
    console.start();
    ExportWorkspace* workspace = console.exportWorkspace();
    if (!workspace->openOrg(dir, orgId).ok()) {
        return 1;
    }
    console.window()->showStep(ui::SetupStep::Preview);
    auto* page = console.window()->findChild<ui::PreviewPage*>();
    if (!page) {
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuMs();
    page->openCallsFile(callsPath(dir));
    QJsonObject report;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        const qsizetype calls = workspace->calls().size();
        if (calls == 0 || page->table()->model()->rowCount() != calls || workspace->isComputing()) {
            return;
        }
        poll.stop();
        report.insert(QStringLiteral("firstPreviewMs"), double(timer.elapsed()));
        report.insert(QStringLiteral("firstPreviewCpuMs"), cpuMs() - cpuBefore);
        report.insert(QStringLiteral("rows"), double(calls));
        // A second of the window as the admin sees it (painting, the search texts being prepared
        // in idle slices when the search has the focus) before the figure is taken.
        QTimer::singleShot(1000, &app, [&] {
            report.insert(QStringLiteral("rssMb"), double(statusKb("VmRSS:")) / 1024.0);
            report.insert(QStringLiteral("peakRssMb"), double(statusKb("VmHWM:")) / 1024.0);
            QCoreApplication::quit();
        });
    });
    poll.start(5);
    QApplication::exec();
    if (report.isEmpty()) {
        return 1;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 1;
    }
    out.write(QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}

} // namespace

class BenchCallPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coldOpen();

private:
    QTemporaryDir m_tempDir;
    QString m_dir;
    qint64 m_contacts = 0;
    qint64 m_calls = 0;
    bool m_large = false;
};

void BenchCallPreview::initTestCase()
{
    m_large = qEnvironmentVariable("CALLBRIDGE_BENCH_SCALE") == QLatin1String("large");
    m_dir = qEnvironmentVariable("CALLBRIDGE_BENCH_KEEP", m_tempDir.path());
    QDir().mkpath(m_dir);
    m_contacts = m_large ? 1000000 : 10000;
    m_calls = m_large ? 100000 : 1000;
    if (QFileInfo::exists(callsPath(m_dir))) {
        qInfo("reusing the cache and calls in %s", qPrintable(m_dir));
        return;
    }
    const qint64 accounts = m_contacts / 10;
    CacheStore cache;
    QVERIFY(cache.open(cachePath(m_dir), orgId).ok());
    using Column = CacheStore::Column;
    const Column id { QStringLiteral("Id"), QStringLiteral("id"), 18 };
    const Column owner { QStringLiteral("OwnerId"), QStringLiteral("reference"), 18 };
    const Column accountId { QStringLiteral("AccountId"), QStringLiteral("reference"), 18 };
    const Column name { QStringLiteral("Name"), QStringLiteral("string"), 255 };

    QElapsedTimer timer;
    timer.start();
    auto load = [&cache](const QString& object, const QList<Column>& columns, qint64 count,
                    const std::function<QVariantList(qint64)>& row) {
        cache.ensureTable(object, columns);
        cache.dropIndexes(object);
        CacheStore::Rows rows;
        for (const Column& column : columns) {
            rows.fields.append(column.name);
        }
        for (qint64 i = 0; i < count; ++i) {
            rows.values.append(row(i));
            if (rows.values.size() == 50000 || i == count - 1) {
                QVERIFY(cache.upsert(object, rows).ok());
                rows.values.clear();
            }
        }
        QVERIFY(cache.createIndexes(object).ok());
    };
    load(QStringLiteral("User"), { id, { QStringLiteral("Email"), QStringLiteral("email"), 80 } }, 50, [](qint64 i) {
        return QVariantList { QStringLiteral("005U%1").arg(i), QStringLiteral("rep%1@ourco.com").arg(i) };
    });
    load(QStringLiteral("Account"),
        { id, name, owner, { QStringLiteral("Website"), QStringLiteral("url"), 255 },
            { QStringLiteral("Industry"), QStringLiteral("picklist"), 40 } },
        accounts, [](qint64 i) {
            return QVariantList { QStringLiteral("001A%1").arg(i), QStringLiteral("Company %1").arg(i),
                QStringLiteral("005U%1").arg(i % 50), QStringLiteral("https://www.company%1.com").arg(i),
                i % 3 == 0 ? QStringLiteral("Manufacturing") : QStringLiteral("Software") };
        });
    load(QStringLiteral("Contact"), { id, { QStringLiteral("Email"), QStringLiteral("email"), 80 }, accountId, owner },
        m_contacts, [](qint64 i) {
            return QVariantList { QStringLiteral("003C%1").arg(i),
                QStringLiteral("person%1@company%2.com").arg(i).arg(i / 10), QStringLiteral("001A%1").arg(i / 10),
                QStringLiteral("005U%1").arg(i % 50) };
        });
    load(QStringLiteral("Opportunity"),
        { id, name, accountId, owner, { QStringLiteral("IsClosed"), QStringLiteral("boolean"), 0 },
            { QStringLiteral("StageName"), QStringLiteral("picklist"), 40 },
            { QStringLiteral("LastModifiedDate"), QStringLiteral("datetime"), 0 } },
        accounts * 2, [](qint64 i) {
            return QVariantList { QStringLiteral("006O%1").arg(i), QStringLiteral("Deal %1").arg(i),
                QStringLiteral("001A%1").arg(i / 2), QStringLiteral("005U%1").arg(i % 50), i % 4 == 0,
                i % 2 ? QStringLiteral("Negotiation") : QStringLiteral("Prospecting"),
                QStringLiteral("2026-01-%1T00:00:00.000Z").arg(1 + i % 28, 2, 10, QLatin1Char('0')) };
        });
    cache.close();
    qInfo("cache: %lld contacts, %lld accounts, %lld opportunities built in %lld ms", m_contacts, accounts,
        accounts * 2, timer.elapsed());

    // The calls file the platform would deliver (docs/calls-file.md).
    QRandomGenerator random(42);
    QJsonArray calls;
    const QDateTime firstStart(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    auto participant = [](const QString& email, const char* affiliation) {
        return QJsonObject { { QStringLiteral("email"), email }, { QStringLiteral("name"), QString() },
            { QStringLiteral("affiliation"), QLatin1String(affiliation) } };
    };
    for (qint64 i = 0; i < m_calls; ++i) {
        const QString user = QStringLiteral("rep%1@ourco.com").arg(i % 50);
        QJsonArray participants { participant(user, "internal") };
        const qint64 contact = random.bounded(m_contacts);
        switch (i % 10) {
        case 0: // unknown person of a known company: matched by domain
            participants.append(
                participant(QStringLiteral("new%1@company%2.com").arg(i).arg(contact / 10), "external"));
            break;
        case 1:
            participants.append(participant(QStringLiteral("x%1@gmail.com").arg(i), "external"));
            break;
        default:
            for (qint64 k = 0; k < 1 + i % 3; ++k) {
                participants.append(participant(
                    QStringLiteral("person%1@company%2.com").arg(contact + k).arg((contact + k) / 10), "external"));
            }
        }
        QJsonObject call { { QStringLiteral("id"), QStringLiteral("call-%1").arg(i) },
            { QStringLiteral("title"), QStringLiteral("Call %1").arg(i) },
            { QStringLiteral("started"), firstStart.addSecs(i * 60).toString(Qt::ISODate) },
            { QStringLiteral("duration"), random.bounded(3600) },
            { QStringLiteral("direction"), i % 2 ? QStringLiteral("outbound") : QStringLiteral("inbound") },
            { QStringLiteral("primaryUser"), user }, { QStringLiteral("participants"), participants } };
        if (i % 3 == 0) {
            call.insert(QStringLiteral("trackers"), QJsonArray { QStringLiteral("Pricing") });
        }
        calls.append(call);
    }
    QFile file(callsPath(m_dir));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(calls).toJson(QJsonDocument::Compact));
}

void BenchCallPreview::coldOpen()
{
    const int runs = qEnvironmentVariableIsSet("CALLBRIDGE_BENCH_RUNS")
        ? qEnvironmentVariableIntValue("CALLBRIDGE_BENCH_RUNS")
        : (m_large ? 3 : 1);
    for (int run = 1; run <= runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer wall;
        wall.start();
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--cold-preview"), m_dir });
        QVERIFY(child.waitForFinished(600000));
        const qint64 wallMs = wall.elapsed();
        QCOMPARE(child.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QCOMPARE(qint64(report.value(QStringLiteral("calls")).toDouble()), m_calls);
        const double exporting = report.value(QStringLiteral("exporting")).toDouble();
        QVERIFY(exporting > 0 && exporting < double(m_calls));
        auto list = [&report](const char* key) {
            QStringList values;
            for (const QJsonValue& value : report.value(QLatin1String(key)).toArray()) {
                values.append(QString::number(value.toDouble(), 'f', 0));
            }
            return values.join(QStringLiteral(", "));
        };
        auto ms = [&report](const char* key) {
            return report.value(QLatin1String(key)).toDouble();
        };
        const QJsonObject cpu = report.value(QStringLiteral("cpu")).toObject();
        auto cpuMs = [&cpu](const char* key) {
            return cpu.value(QLatin1String(key)).toDouble();
        };
        const QJsonObject rss = report.value(QStringLiteral("rssAfterMb")).toObject();
        auto rssMb = [&rss](const char* key) {
            return rss.value(QLatin1String(key)).toDouble();
        };
        qInfo("run %d, %lld calls against %lld contacts, cold process: first preview %.0f ms after the process "
              "started (process start %.0f, open cache %.0f, read calls %.0f, prepare matching %.0f, match %.0f, "
              "filter + plan %.0f); CPU time %.0f ms (open cache %.0f, read calls %.0f, prepare matching %.0f, "
              "match %.0f, filter + plan %.0f); %.0f export; re-filter %s ms (CPU %s ms); peak RSS %.0f MB; child wall "
              "time "
              "%lld ms; RSS after each stage %.0f, %.0f, %.0f, %.0f, %.0f MB",
            run, m_calls, m_contacts, ms("firstPreviewSinceStartMs"), ms("startupMs"), ms("openCacheMs"),
            ms("readCallsMs"), ms("prepareMs"), ms("matchMs"), ms("filterPlanMs"), ms("firstPreviewCpuMs"),
            cpuMs("openCacheMs"), cpuMs("readCallsMs"), cpuMs("prepareMs"), cpuMs("matchMs"), cpuMs("filterPlanMs"),
            exporting, qPrintable(list("refilterMs")), qPrintable(list("refilterCpuMs")), ms("peakRssMb"), wallMs,
            rssMb("openCacheMs"), rssMb("readCallsMs"), rssMb("prepareMs"), rssMb("matchMs"), rssMb("filterPlanMs"));

        QProcess workspace;
        workspace.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        workspace.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--cold-workspace"), m_dir });
        QVERIFY(workspace.waitForFinished(600000));
        QCOMPARE(workspace.exitCode(), 0);
        const QJsonObject through = QJsonDocument::fromJson(workspace.readAllStandardOutput()).object();
        QCOMPARE(through.value(QStringLiteral("exporting")).toDouble(), exporting);
        auto wms = [&through](const char* key) {
            return through.value(QLatin1String(key)).toDouble();
        };
        auto wlist = [&through](const char* key) {
            QStringList values;
            for (const QJsonValue& value : through.value(QLatin1String(key)).toArray()) {
                values.append(QString::number(value.toDouble(), 'f', 0));
            }
            return values.join(QStringLiteral(", "));
        };
        qInfo("run %d through ExportWorkspace: first preview %.0f ms after the process started (open the org and "
              "read the calls %.0f, matching + preview %.0f; CPU time %.0f ms); re-filter %s ms (CPU %s ms); RSS "
              "with the preview %.0f MB, after the edits %.0f MB, a second later %.0f MB, peak %.0f MB",
            run, wms("firstPreviewSinceStartMs"), wms("openAndReadCallsMs"), wms("firstPreviewMs"),
            wms("firstPreviewCpuMs"), qPrintable(wlist("refilterMs")), qPrintable(wlist("refilterCpuMs")), wms("rssMb"),
            wms("rssEndMb"), wms("rssSettledMb"), wms("peakRssMb"));

        QProcess gui;
        gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        gui.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--cold-gui"), m_dir });
        QVERIFY(gui.waitForFinished(600000));
        QCOMPARE(gui.exitCode(), 0);
        const QJsonObject shown = QJsonDocument::fromJson(gui.readAllStandardOutput()).object();
        QCOMPARE(qint64(shown.value(QStringLiteral("rows")).toDouble()), m_calls);
        auto gms = [&shown](const char* key) {
            return shown.value(QLatin1String(key)).toDouble();
        };
        qInfo("run %d in the GUI (%s): the Preview page shows the %.0f calls %.0f ms after Open calls (CPU %.0f ms); "
              "RSS then %.0f MB, peak %.0f MB",
            run, qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default platform"))), gms("rows"),
            gms("firstPreviewMs"), gms("firstPreviewCpuMs"), gms("rssMb"), gms("peakRssMb"));
    }
}

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--cold-preview") == 0) {
        QCoreApplication app(argc, argv);
        return coldPreview(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && qstrcmp(argv[1], "--cold-workspace") == 0) {
        QCoreApplication app(argc, argv);
        return coldWorkspace(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && qstrcmp(argv[1], "--cold-gui") == 0) {
        return coldGui(argc, argv, QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    BenchCallPreview bench;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&bench, argc, argv);
}

#include "BenchCallPreview.moc"
