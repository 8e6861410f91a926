// The field tree on a big org: 14 objects x 800 custom fields. Measures building the model
// (classification included) and one search keystroke. Figures only; no thresholds.
#include "ui/FieldsPage.h"
#include "ui/fields/FieldFilterProxy.h"
#include "ui/fields/FieldTreeModel.h"

#include "core/fields/FieldPolicy.h"

#include <QJsonArray>
#include <QTest>
#include <QTreeView>

using namespace callbridge;
using namespace callbridge::ui;

class BenchFieldTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildModel();
    void searchKeystroke();

private:
    QList<QPair<QString, QJsonArray>> m_describes;
};

void BenchFieldTree::initTestCase()
{
    static const char* types[] = { "string", "picklist", "double", "date", "datetime", "boolean", "textarea",
        "multipicklist", "reference", "currency", "email", "url" };
    for (const QString& object : FieldPolicy::instance().objects()) {
        QJsonArray fields { QJsonObject { { QStringLiteral("name"), QStringLiteral("Id") },
            { QStringLiteral("type"), QStringLiteral("id") },
            { QStringLiteral("label"), QStringLiteral("Record ID") } } };
        for (int i = 0; i < 800; ++i) {
            const QString type = QString::fromLatin1(types[i % 12]);
            fields.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("Custom_Field_%1__c").arg(i) },
                { QStringLiteral("label"), QStringLiteral("Custom field %1").arg(i) }, { QStringLiteral("type"), type },
                { QStringLiteral("custom"), true },
                { QStringLiteral("length"), type == QLatin1String("textarea") ? 32000 : 255 },
                { QStringLiteral("referenceTo"),
                    type == QLatin1String("reference") ? QJsonArray { QStringLiteral("User") } : QJsonArray() } });
        }
        m_describes.append({ object, fields });
    }
}

void BenchFieldTree::buildModel()
{
    FieldTreeModel model;
    QBENCHMARK
    {
        QList<QPair<QString, QList<FieldEntry>>> catalog;
        for (const auto& [object, fields] : m_describes) {
            catalog.append({ object, FieldPolicy::instance().classify(object, fields) });
        }
        model.setFields(catalog, {});
    }
    int rows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        rows += model.rowCount(model.index(row, 0));
    }
    QVERIFY(rows >= 14 * 800);
}

void BenchFieldTree::searchKeystroke()
{
    FieldTreeModel model;
    QList<QPair<QString, QList<FieldEntry>>> catalog;
    for (const auto& [object, fields] : m_describes) {
        catalog.append({ object, FieldPolicy::instance().classify(object, fields) });
    }
    model.setFields(catalog, {});
    FieldFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTreeView view; // a real view listening to the proxy, as in the app
    view.setUniformRowHeights(true);
    view.setModel(&proxy);
    view.expandAll();
    int keystroke = 0;
    const QStringList texts { QStringLiteral("field 7"), QStringLiteral("field 77") };
    QBENCHMARK
    {
        proxy.setSearchText(texts.at(keystroke++ % 2));
    }
    QVERIFY(proxy.rowCount() == 14);
}

QTEST_MAIN(BenchFieldTree)
#include "BenchFieldTree.moc"
