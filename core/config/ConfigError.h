#pragma once

#include <QList>
#include <QString>

namespace callbridge {

// One problem in a config document: where (a JSON path such as $.connection.callbackPort),
// what is wrong, and what was expected instead.
struct ConfigError
{
    QString path;
    QString problem;
    QString expected;

    QString toString() const;
    bool operator==(const ConfigError& other) const
    {
        return path == other.path && problem == other.problem && expected == other.expected;
    }
};

using ConfigErrors = QList<ConfigError>;

} // namespace callbridge
