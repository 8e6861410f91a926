#include "app/cli/OrgsimCommand.h"

#include "core/orgsim/DemoCalls.h"
#include "core/util/AtomicFile.h"

#include "app/cli/CliOutput.h"

#include "core/orgsim/OrgSimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace callbridge::cli {

namespace {

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1); // async-signal-safe
}

// --fault 500=0.1, 503=0.2, lock=0.05, drop=0.01, expire-after=100, concurrent=0.1, concurrent-next=3,
// bulk-fail-next=1, shrink-pages=0.5
QString applyFault(const QString& spec, orgsim::FaultOptions* faults)
{
    const QString name = spec.section(QLatin1Char('='), 0, 0);
    bool ok = false;
    const double value = spec.section(QLatin1Char('='), 1).toDouble(&ok);
    if (!ok || value < 0) {
        return tr("--fault %1: expected NAME=VALUE with a number, such as 503=0.2").arg(spec);
    }
    const bool isRate = name != QLatin1String("expire-after") && name != QLatin1String("503-next")
        && name != QLatin1String("concurrent-next") && name != QLatin1String("bulk-fail-next");
    if (isRate && value > 1) {
        return tr("--fault %1: a rate is between 0 and 1").arg(spec);
    }
    if (name == QLatin1String("500")) {
        faults->serverErrorRate = value;
    } else if (name == QLatin1String("503")) {
        faults->unavailableRate = value;
    } else if (name == QLatin1String("lock")) {
        faults->lockRowRate = value;
    } else if (name == QLatin1String("drop")) {
        faults->dropConnectionRate = value;
    } else if (name == QLatin1String("503-next")) {
        faults->unavailableNextRequests = int(value);
    } else if (name == QLatin1String("expire-after")) {
        faults->sessionExpiryAfterRequests = int(value);
    } else if (name == QLatin1String("concurrent")) {
        faults->concurrencyLimitRate = value;
    } else if (name == QLatin1String("concurrent-next")) {
        faults->concurrencyLimitNextRequests = int(value);
    } else if (name == QLatin1String("bulk-fail-next")) {
        faults->failNextBulkJobs = int(value);
    } else if (name == QLatin1String("shrink-pages")) {
        faults->shrinkPagesRate = value;
    } else {
        return tr("--fault %1: unknown fault \"%2\"; expected 500, 503, 503-next, lock, drop, expire-after, "
                  "concurrent, concurrent-next, bulk-fail-next or shrink-pages")
            .arg(spec, name);
    }
    return {};
}

} // namespace

int runOrgsimCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Serve a local Salesforce org (orgsim) on 127.0.0.1 until interrupted."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on (0 picks a free one)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("Generated data: none, small or large."),
        QStringLiteral("scale"), QStringLiteral("small"));
    const QCommandLineOption contacts(QStringLiteral("contacts"),
        tr("How many contacts the generated org holds (default: the scale's, 400 small, 1,000,000 large)."),
        QStringLiteral("N"));
    const QCommandLineOption data(QStringLiteral("data"),
        tr("Load exact records from a JSON file instead of generating them."), QStringLiteral("FILE"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), tr("Delay every answer by N milliseconds."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption apiLimit(
        QStringLiteral("api-limit"), tr("The daily API request limit."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        tr("Inject a fault: 500=RATE, 503=RATE, 503-next=N, lock=RATE, drop=RATE, expire-after=N, concurrent=RATE, "
           "concurrent-next=N, bulk-fail-next=N or shrink-pages=RATE. Repeatable."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption callback(QStringLiteral("callback"),
        tr("A callback URL the app accepts. Repeatable; default http://localhost:1717/OauthRedirect."),
        QStringLiteral("URL"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime"), tr("Access token lifetime in seconds."),
        QStringLiteral("S"), QStringLiteral("7200"));
    const QCommandLineOption rotate(
        QStringLiteral("rotate-refresh-tokens"), tr("Make every refresh token single-use."));
    const QCommandLineOption externalClientApp(QStringLiteral("external-client-app"),
        tr("Serve the app as a new External Client App is set up by default: the consumer secret required for the "
           "web server and refresh token flows (default: the platform's packaged app, which requires none)."));
    const QCommandLineOption writeCalls(QStringLiteral("write-calls"),
        tr("Write the demo calls file (the platform's calls whose participants are this org's contacts, leads "
           "and reps) to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption callCount(
        QStringLiteral("calls"), tr("How many calls --write-calls writes (default 600)."), QStringLiteral("N"));
    parser.addOptions({ port, scale, contacts, data, latency, apiLimit, fault, callback, tokenLifetime, rotate,
        externalClientApp, writeCalls, callCount });
    if (const auto done = parseCommandLine(parser, arguments)) {
        return *done;
    }

    orgsim::OrgSimOptions options =
        parser.isSet(externalClientApp) ? orgsim::OrgSimOptions() : orgsim::OrgSimOptions::packagedApp();
    bool ok = true;
    auto number = [&](const QCommandLineOption& option, qint64 min, qint64 max) {
        bool valid = false;
        const qint64 value = parser.value(option).toLongLong(&valid);
        if (!valid || value < min || value > max) {
            printError(tr("--%1: expected a whole number from %2 to %3, got \"%4\"")
                           .arg(option.names().first())
                           .arg(min)
                           .arg(max)
                           .arg(parser.value(option)));
            ok = false;
        }
        return value;
    };
    options.port = quint16(number(port, 0, 65535));
    options.latencyMs = int(number(latency, 0, 600000));
    options.apiDailyLimit = number(apiLimit, 1, 1000000000);
    options.accessTokenLifetimeSeconds = int(number(tokenLifetime, 1, 86400 * 30));
    options.refreshTokenRotation = parser.isSet(rotate);
    const QString scaleName = parser.value(scale);
    if (scaleName == QLatin1String("none")) {
        options.scale = orgsim::DataScale::None;
    } else if (scaleName == QLatin1String("large")) {
        options.scale = orgsim::DataScale::Large;
    } else if (scaleName != QLatin1String("small")) {
        printError(tr("--scale: expected none, small or large, got \"%1\"").arg(scaleName));
        ok = false;
    }
    if (parser.isSet(contacts)) {
        options.contacts = number(contacts, 0, 100000000);
    }
    options.dataFile = parser.value(data);
    for (const QString& spec : parser.values(fault)) {
        const QString error = applyFault(spec, &options.faults);
        if (!error.isEmpty()) {
            printError(error);
            ok = false;
        }
    }
    if (parser.isSet(callback)) {
        options.callbackUrls = parser.values(callback);
    }
    const int callsToWrite = parser.isSet(callCount) ? int(number(callCount, 1, 10000000)) : 600;
    if (!ok || !parser.positionalArguments().isEmpty()) {
        if (!parser.positionalArguments().isEmpty()) {
            printError(
                tr("orgsim takes no arguments, got \"%1\"").arg(parser.positionalArguments().join(QLatin1Char(' '))));
        }
        return ExitUsage;
    }

    orgsim::OrgSimServer server(options);
    QString error = server.build();
    if (error.isEmpty() && parser.isSet(writeCalls)) {
        const QByteArray json =
            QJsonDocument(orgsim::generateDemoCalls(server.org(), callsToWrite)).toJson(QJsonDocument::Indented);
        const Status written = AtomicFile::write(parser.value(writeCalls), json);
        if (!written.ok()) {
            printError(written.errorMessage());
            return ExitFindings;
        }
        return ExitOk;
    }
    if (error.isEmpty()) {
        error = server.listen();
    }
    if (!error.isEmpty()) {
        printError(error);
        return ExitFindings;
    }
    const QJsonObject info { { QStringLiteral("baseUrl"), server.baseUrl() },
        { QStringLiteral("instanceUrl"), server.instanceUrl() }, { QStringLiteral("clientId"), options.clientId },
        { QStringLiteral("clientSecret"), options.clientSecret },
        { QStringLiteral("callbackUrl"), options.callbackUrls.value(0) } };
    printLine(QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));

    ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    return QCoreApplication::exec();
}

} // namespace callbridge::cli
