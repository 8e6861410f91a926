#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace callbridge {

// The Salesforce user hierarchy (User.ManagerId) as a forest, built once from imported rows.
// Real orgs hold bad data: managers that were not imported, inactive managers, cycles and
// shared email addresses. Every user still appears exactly once; a problem is recorded on the
// user it affects, and a cycle is cut at its member with the smallest Id so walking the tree
// always ends.
class UserHierarchy
{
    Q_DECLARE_TR_FUNCTIONS(UserHierarchy)

public:
    struct User
    {
        QString id;
        QString name;
        QString email;
        QString title;
        bool active = true;
        QString managerId;
    };

    enum Problem {
        NoProblem = 0,
        ManagerNotImported = 1 << 0, // ManagerId names a user outside the imported set
        InactiveManager = 1 << 1,
        InCycle = 1 << 2, // the manager chain loops back to this user
        DuplicateEmail = 1 << 3, // another imported user has the same email (case-insensitive)
    };
    Q_DECLARE_FLAGS(Problems, Problem)

    explicit UserHierarchy(const QList<User>& users = {});

    int size() const { return int(m_users.size()); }
    const User& user(int index) const { return m_users.at(index); }
    int indexOf(const QString& id) const { return m_indexById.value(id, -1); }

    // Users without a usable manager in the set (no manager, manager missing, cycle cut here),
    // sorted by name.
    const QList<int>& roots() const { return m_roots; }
    const QList<int>& reports(int index) const { return m_reports[index]; }
    int parentOf(int index) const { return m_parent.at(index); } // -1 for a root

    Problems problems(int index) const { return m_problems.at(index); }
    QStringList problemDescriptions(int index) const;
    int problemCount() const;

    // The user and everyone below them, in tree order.
    QList<int> subtree(int index) const;

    // The nearest active manager above this user in the tree, skipping inactive ones: whom the
    // user reports to once provisioned. -1 when there is none.
    int nearestActiveManager(int index) const;

private:
    void linkManagers();
    void cutCycles();
    void markDuplicateEmails();
    void sortByName(QList<int>& indexes) const;

    QList<User> m_users;
    QHash<QString, int> m_indexById;
    QList<int> m_parent;
    QList<QList<int>> m_reports;
    QList<int> m_roots;
    QList<Problems> m_problems;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(UserHierarchy::Problems)

} // namespace callbridge
