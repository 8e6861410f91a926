#pragma once

#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace callbridge::orgsim::soql {

struct Position
{
    int row = 1;
    int column = 1;
};

// A field reference: "Name", or one relationship up: "Account.Name", "Owner.Email".
struct FieldPath
{
    QStringList parts;
    Position position;
    QString text() const { return parts.join(QLatin1Char('.')); }
};

struct Literal
{
    enum class Kind { Null, Boolean, Number, String, Date, DateTime, DateRange, Time };
    Kind kind = Kind::Null;
    QVariant value; // bool, double, QString, QDate, QDateTime (UTC), QTime (UTC)
    QVariant rangeEnd; // for date constants such as LAST_N_DAYS:7: [value, rangeEnd)
    Position position;
    QString text; // as written, for error messages
    QString pattern; // a string as written between its quotes: LIKE reads \_ and \% in it as literal _ and %
};

struct Query;

struct Condition
{
    enum class Kind { And, Or, Not, Compare, In, NotIn, Like, Includes, Excludes };
    Kind kind = Kind::Compare;
    std::vector<std::unique_ptr<Condition>> children; // And, Or, Not
    FieldPath field;
    QString op; // = != < <= > >=
    std::vector<Literal> values;
    std::shared_ptr<Query> subquery; // IN / NOT IN (SELECT Id FROM ...): a semi-join or anti-join
    QString subqueryText;
};

struct OrderItem
{
    FieldPath field;
    bool descending = false;
    bool nullsLast = false;
};

struct Query
{
    QString objectName;
    Position objectPosition;
    std::vector<FieldPath> fields;
    bool countOnly = false; // SELECT COUNT()
    std::unique_ptr<Condition> where;
    std::vector<OrderItem> orderBy;
    std::optional<int> limit;
    std::optional<int> offset;
    bool hasGroupBy = false; // parsed only to be refused where Salesforce refuses it
};

} // namespace callbridge::orgsim::soql
