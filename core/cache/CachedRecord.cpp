#include "core/cache/CachedRecord.h"

#include "core/cache/SqliteRows.h"
#include "core/util/Prefetch.h"

#include <QSharedData>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <new>

namespace callbridge {

namespace {

enum class Kind : quint32 { Null, Latin1, Utf16, Integer, Real, Bool, Bytes };

// Where one value is in the record's payload, and what it is.
struct Slot
{
    static constexpr int kindBits = 3;
    static constexpr quint32 maxSize = (quint32(1) << (32 - kindBits)) - 1;

    quint32 offset; // bytes into the payload
    quint32 kindAndSize; // kind in the low bits, the size in bytes above them

    Kind kind() const { return Kind(kindAndSize & ((1u << kindBits) - 1)); }
    quint32 size() const { return kindAndSize >> kindBits; }
};

bool isLatin1(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xff) {
            return false;
        }
    }
    return true;
}

} // namespace

// One value as it will be packed: its kind, its size in bytes, and where its bytes are.
struct CachedRecord::Packed
{
    Kind kind = Kind::Null;
    qsizetype size = 0;
    const char* bytes = nullptr; // Latin1 bytes as they are, Utf16 or Bytes; null: from `text` or `number`
    QString text; // owns decoded text (Latin1 with characters above ASCII, Utf16)
    QByteArray data; // owns Bytes
    qint64 integer = 0;
    double real = 0;
    bool boolean = false;

    static Packed ofText(QString text)
    {
        Packed packed;
        packed.text = std::move(text);
        if (isLatin1(packed.text)) {
            packed.kind = Kind::Latin1;
            packed.size = packed.text.size();
        } else {
            packed.kind = Kind::Utf16;
            packed.size = packed.text.size() * qsizetype(sizeof(char16_t));
            packed.bytes = reinterpret_cast<const char*>(packed.text.constData());
        }
        return packed;
    }
    static Packed ofInteger(qint64 integer)
    {
        Packed packed;
        packed.kind = Kind::Integer;
        packed.size = sizeof(qint64);
        packed.integer = integer;
        return packed;
    }
    static Packed ofReal(double real)
    {
        Packed packed;
        packed.kind = Kind::Real;
        packed.size = sizeof(double);
        packed.real = real;
        return packed;
    }
    static Packed ofVariant(const QVariant& value)
    {
        Packed packed;
        if (value.isNull()) {
            return packed;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
            packed.kind = Kind::Bool;
            packed.size = 1;
            packed.boolean = value.toBool();
            return packed;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Long:
        case QMetaType::Short:
            return ofInteger(value.toLongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return ofReal(value.toDouble());
        case QMetaType::QByteArray:
            packed.kind = Kind::Bytes;
            packed.data = value.toByteArray();
            packed.size = packed.data.size();
            packed.bytes = packed.data.constData();
            return packed;
        default:
            return ofText(value.toString());
        }
    }
    static Packed ofColumn(const SqliteRow& row, int column)
    {
        Packed packed;
        switch (row.type(column)) {
        case SqliteRow::Type::Null:
            return packed;
        case SqliteRow::Type::Integer:
            return ofInteger(row.integer(column));
        case SqliteRow::Type::Real:
            return ofReal(row.real(column));
        case SqliteRow::Type::Bytes: {
            const QByteArrayView bytes = row.bytes(column);
            packed.kind = Kind::Bytes;
            packed.size = bytes.size();
            packed.bytes = bytes.data();
            return packed;
        }
        case SqliteRow::Type::Text: {
            // Salesforce ids, emails, picklists and dates are ASCII: kept as SQLite has them.
            const QByteArrayView utf8 = row.utf8(column);
            if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; })) {
                packed.kind = Kind::Latin1;
                packed.size = utf8.size();
                packed.bytes = utf8.data();
                return packed;
            }
            return ofText(QString::fromUtf8(utf8));
        }
        }
        return packed;
    }
};

// One allocation: this header, then a Slot per value, then the values' bytes.
struct CachedRecord::Data : QSharedData
{
    struct Payload
    {
        qsizetype bytes;
    };

    Data(std::shared_ptr<const Columns> columns_, quint32 count_)
        : count(count_)
        , columns(std::move(columns_))
    { }

    static void* operator new(std::size_t size, Payload payload) { return ::operator new(size + payload.bytes); }
    static void operator delete(void* data, Payload) { ::operator delete(data); }
    static void operator delete(void* data) { ::operator delete(data); }

    Slot* slots() { return reinterpret_cast<Slot*>(this + 1); }
    const Slot* slots() const { return reinterpret_cast<const Slot*>(this + 1); }
    char* payload() { return reinterpret_cast<char*>(slots() + count); }
    const char* payload() const { return reinterpret_cast<const char*>(slots() + count); }

    quint32 count;
    std::shared_ptr<const Columns> columns;
};

CachedRecord::Columns::Columns(const QStringList& names)
    : m_names(names)
{
    m_index.reserve(names.size());
    for (int i = 0; i < names.size(); ++i) {
        m_index.insert(names.at(i), i);
    }
}

CachedRecord::CachedRecord() = default;
CachedRecord::CachedRecord(const CachedRecord& other) = default;
CachedRecord::CachedRecord(CachedRecord&& other) noexcept = default;
CachedRecord& CachedRecord::operator=(const CachedRecord& other) = default;
CachedRecord& CachedRecord::operator=(CachedRecord&& other) noexcept = default;
CachedRecord::~CachedRecord() = default;

CachedRecord::CachedRecord(std::shared_ptr<const Columns> columns, const QVariantList& values)
{
    Q_ASSERT(columns && columns->names().size() == values.size());
    QVarLengthArray<Packed, 16> packed;
    for (const QVariant& value : values) {
        packed.append(Packed::ofVariant(value));
    }
    pack(std::move(columns), packed.constData(), packed.size());
}

CachedRecord::CachedRecord(std::shared_ptr<const Columns> columns, const SqliteRow& row)
{
    Q_ASSERT(columns && columns->names().size() == row.columnCount());
    QVarLengthArray<Packed, 16> packed;
    for (int i = 0; i < row.columnCount(); ++i) {
        packed.append(Packed::ofColumn(row, i));
    }
    pack(std::move(columns), packed.constData(), packed.size());
}

void CachedRecord::pack(std::shared_ptr<const Columns> columns, const Packed* packed, qsizetype count)
{
    static_assert(sizeof(Data) % alignof(Slot) == 0, "the slots follow the header unpadded");
    // UTF-16 is read in place, so aligned; numbers are copied out, but aligned all the same.
    auto aligned = [](qsizetype offset, Kind kind) {
        return kind == Kind::Utf16 || kind == Kind::Integer || kind == Kind::Real ? offset + offset % 2 : offset;
    };
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < count; ++i) {
        Q_ASSERT(quint64(packed[i].size) <= Slot::maxSize);
        bytes = aligned(bytes, packed[i].kind) + packed[i].size;
    }
    auto* data =
        new (Data::Payload { qsizetype(count * sizeof(Slot)) + bytes }) Data(std::move(columns), quint32(count));
    qsizetype offset = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const Packed& value = packed[i];
        offset = aligned(offset, value.kind);
        data->slots()[i] = { quint32(offset), quint32(value.kind) | (quint32(value.size) << Slot::kindBits) };
        char* out = data->payload() + offset;
        switch (value.kind) {
        case Kind::Null:
            break;
        case Kind::Bool:
            *out = value.boolean ? 1 : 0;
            break;
        case Kind::Integer:
            std::memcpy(out, &value.integer, sizeof value.integer);
            break;
        case Kind::Real:
            std::memcpy(out, &value.real, sizeof value.real);
            break;
        case Kind::Latin1:
            if (!value.bytes) { // decoded text within Latin-1
                for (qsizetype c = 0; c < value.size; ++c) {
                    out[c] = char(value.text.at(c).unicode());
                }
                break;
            }
            Q_FALLTHROUGH();
        case Kind::Utf16:
        case Kind::Bytes:
            std::memcpy(out, value.bytes, value.size);
            break;
        }
        offset += value.size;
    }
    d.reset(data);
}

CachedRecord CachedRecord::fromMap(const QVariantMap& values)
{
    return CachedRecord(std::make_shared<const Columns>(values.keys()), values.values());
}

QVariant CachedRecord::value(const QString& column) const
{
    return valueAt(d ? d->columns->indexOf(column) : -1);
}

CachedRecord::Text CachedRecord::textAt(int index) const
{
    Text text;
    if (!d || index < 0 || quint32(index) >= d->count) {
        return text;
    }
    const Slot slot = d->slots()[index];
    const char* in = d->payload() + slot.offset;
    if (slot.kind() == Kind::Latin1) {
        text.latin1 = in;
        text.size = slot.size();
    } else if (slot.kind() == Kind::Utf16) {
        text.utf16 = reinterpret_cast<const char16_t*>(in);
        text.size = slot.size() / sizeof(char16_t);
    }
    return text;
}

QVariant CachedRecord::valueAt(int index) const
{
    if (!d || index < 0 || quint32(index) >= d->count) {
        return {};
    }
    const Slot slot = d->slots()[index];
    const char* in = d->payload() + slot.offset;
    switch (slot.kind()) {
    case Kind::Null:
        break;
    case Kind::Bool:
        return QVariant(*in != 0);
    case Kind::Integer: {
        qint64 number = 0;
        std::memcpy(&number, in, sizeof number);
        return QVariant(qlonglong(number));
    }
    case Kind::Real: {
        double number = 0;
        std::memcpy(&number, in, sizeof number);
        return QVariant(number);
    }
    case Kind::Bytes:
        return QVariant(QByteArray(in, slot.size()));
    case Kind::Latin1:
        return QVariant(QString::fromLatin1(in, slot.size()));
    case Kind::Utf16:
        return QVariant(QString(reinterpret_cast<const QChar*>(in), slot.size() / sizeof(char16_t)));
    }
    return {};
}

const CachedRecord::Columns* CachedRecord::columns() const
{
    return d ? d->columns.get() : nullptr;
}

void CachedRecord::prefetch() const
{
    if (const char* at = reinterpret_cast<const char*>(d.constData())) {
        constexpr int lines = 3; // the header and about twenty slots: where any read starts
        for (int line = 0; line < lines; ++line) {
            prefetchMemory(at + line * 64);
        }
    }
}

const std::shared_ptr<const CachedRecord::Columns>& CachedRecord::sharedColumns() const
{
    static const std::shared_ptr<const Columns> none;
    return d ? d->columns : none;
}

} // namespace callbridge
