#pragma once

#include "core/calls/Call.h"

#include <QCoreApplication>

namespace callbridge {

// Reads the platform's calls file: a JSON array of call objects. Every problem is collected
// and names the call (its index and id) and the field, so one pass shows them all.
class CallsReader
{
    Q_DECLARE_TR_FUNCTIONS(CallsReader)

public:
    struct Result
    {
        QList<Call> calls;
        QStringList errors;
        bool ok() const { return errors.isEmpty(); }
    };

    static constexpr int maxErrors = 100; // a wrong file would otherwise list a million lines
    // The largest calls file read: about half a million calls. Parsing takes a few times its
    // size in memory.
    static constexpr qint64 maxFileBytes = 512 * 1024 * 1024;

    static Result read(const QByteArray& json);
    static Result readFile(const QString& path);
};

} // namespace callbridge
