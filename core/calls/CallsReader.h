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

    static Result read(const QByteArray& json);
    static Result readFile(const QString& path);
};

} // namespace callbridge
