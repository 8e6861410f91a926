#include "core/users/UserHierarchy.h"

#include <QSet>

#include <algorithm>

namespace callbridge {

UserHierarchy::UserHierarchy(const QList<User>& users)
    : m_users(users)
    , m_parent(users.size(), -1)
    , m_reports(users.size())
    , m_problems(users.size(), NoProblem)
{
    for (int i = 0; i < m_users.size(); ++i)
        m_indexById.insert(m_users.at(i).id, i);
    linkManagers();
    cutCycles();
    markDuplicateEmails();

    for (int i = 0; i < m_users.size(); ++i) {
        if (m_parent.at(i) < 0)
            m_roots.append(i);
        else
            m_reports[m_parent.at(i)].append(i);
    }
    sortByName(m_roots);
    for (QList<int>& reports : m_reports)
        sortByName(reports);
}

void UserHierarchy::linkManagers()
{
    for (int i = 0; i < m_users.size(); ++i) {
        const QString& managerId = m_users.at(i).managerId;
        if (managerId.isEmpty())
            continue;
        const int manager = m_indexById.value(managerId, -1);
        if (manager < 0) {
            m_problems[i] |= ManagerNotImported;
            continue;
        }
        m_parent[i] = manager; // a user managing themselves is a cycle of one, cut below
        if (!m_users.at(manager).active)
            m_problems[i] |= InactiveManager;
    }
}

// Walks each manager chain once (iteratively: chains can be long). A chain that reaches a
// user already on the current walk has found a cycle.
void UserHierarchy::cutCycles()
{
    enum State : char { Unvisited, OnWalk, Done };
    QList<State> state(m_users.size(), Unvisited);
    QList<int> walk;
    for (int start = 0; start < m_users.size(); ++start) {
        walk.clear();
        int current = start;
        while (current >= 0 && state.at(current) == Unvisited) {
            state[current] = OnWalk;
            walk.append(current);
            current = m_parent.at(current);
        }
        if (current >= 0 && state.at(current) == OnWalk) {
            const auto cycleBegin = std::find(walk.cbegin(), walk.cend(), current);
            int cut = current;
            for (auto it = cycleBegin; it != walk.cend(); ++it) {
                m_problems[*it] |= InCycle;
                if (m_users.at(*it).id < m_users.at(cut).id)
                    cut = *it;
            }
            m_parent[cut] = -1;
        }
        for (int index : std::as_const(walk))
            state[index] = Done;
    }
}

void UserHierarchy::markDuplicateEmails()
{
    QHash<QString, QList<int>> byEmail;
    for (int i = 0; i < m_users.size(); ++i) {
        const QString email = m_users.at(i).email.trimmed().toLower();
        if (!email.isEmpty())
            byEmail[email].append(i);
    }
    for (const QList<int>& sharing : std::as_const(byEmail)) {
        if (sharing.size() > 1) {
            for (int index : sharing)
                m_problems[index] |= DuplicateEmail;
        }
    }
}

void UserHierarchy::sortByName(QList<int>& indexes) const
{
    std::sort(indexes.begin(), indexes.end(), [this](int a, int b) {
        const int byName = QString::localeAwareCompare(m_users.at(a).name, m_users.at(b).name);
        return byName != 0 ? byName < 0 : m_users.at(a).id < m_users.at(b).id;
    });
}

QStringList UserHierarchy::problemDescriptions(int index) const
{
    const Problems problems = m_problems.at(index);
    const User& user = m_users.at(index);
    QStringList descriptions;
    if (problems & ManagerNotImported)
        descriptions << tr("Manager %1 is not among the imported users.").arg(user.managerId);
    if (problems & InactiveManager) {
        descriptions << tr("Manager %1 is inactive.").arg(m_users.at(m_indexById.value(user.managerId)).name);
    }
    if (problems & InCycle)
        descriptions << tr("The manager chain loops back to this user.");
    if (problems & DuplicateEmail)
        descriptions << tr("Another user has the email address %1.").arg(user.email);
    return descriptions;
}

int UserHierarchy::problemCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(), [](Problems p) { return p != NoProblem; }));
}

QList<int> UserHierarchy::subtree(int index) const
{
    QList<int> result;
    QList<int> pending { index };
    while (!pending.isEmpty()) {
        const int current = pending.takeLast();
        result.append(current);
        const QList<int>& reports = m_reports.at(current);
        for (auto it = reports.crbegin(); it != reports.crend(); ++it)
            pending.append(*it);
    }
    return result;
}

int UserHierarchy::nearestActiveManager(int index) const
{
    for (int manager = m_parent.at(index); manager >= 0; manager = m_parent.at(manager)) {
        if (m_users.at(manager).active)
            return manager;
    }
    return -1;
}

} // namespace callbridge
