#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace callbridge {

// Keeps one copy of equal strings read many times: a calls file repeats its users' emails, the
// directions and the trackers on every call, and each read of them is a string of its own.
// share() swaps a string for the first equal one it was given. One per thread.
class SharedStrings
{
public:
    void share(QString& text);
    void share(QStringList& texts); // the list and its strings

private:
    QSet<QString> m_texts;
    QSet<QStringList> m_lists;
};

} // namespace callbridge
