package se.maltavla.shared.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A query rendered once answers each call with that call's values, typed as the query's fields. */
class RenderedQueryTest {

    private static final Table<Record> SET = DSL.table(DSL.name("result_set"));
    private static final Field<String> MUNICIPALITY = DSL.field(DSL.name("municipality"), SQLDataType.VARCHAR);
    private static final Field<Integer> YEAR = DSL.field(DSL.name("plan_year"), SQLDataType.INTEGER);
    private static final Field<LocalDate> DATE = DSL.field(DSL.name("evaluation_date"), SQLDataType.LOCALDATE);
    private static final Field<OffsetDateTime> COMPUTED =
            DSL.field(DSL.name("computed_at"), SQLDataType.OFFSETDATETIME);

    private Connection connection;
    private DSLContext db;

    @BeforeEach
    void database() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:rendered-" + UUID.randomUUID(), "sa", "");
        db = DSL.using(connection, SQLDialect.H2);
        db.createTable(SET).columns(MUNICIPALITY, YEAR, DATE, COMPUTED).execute();
        insert("1081", 2016, "2016-12-31", "2017-01-02T03:04:05+01:00");
        insert("1081", 2016, "2016-08-31", "2016-09-01T00:00:00Z");
        insert("1081", 2017, "2017-12-31", "2018-01-01T00:00:00Z");
        insert("1384", 2016, "2016-12-31", "2017-01-01T00:00:00Z");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private void insert(String municipality, int year, String date, String computed) {
        db.insertInto(SET)
                .columns(MUNICIPALITY, YEAR, DATE, COMPUTED)
                .values(municipality, year, LocalDate.parse(date), OffsetDateTime.parse(computed))
                .execute();
    }

    private RenderedQuery setAt() {
        return RenderedQuery.of(
                db,
                db.select(MUNICIPALITY, YEAR, DATE, COMPUTED)
                        .from(SET)
                        .where(
                                MUNICIPALITY.eq(DSL.param("municipality", String.class)),
                                YEAR.eq(DSL.param("year", Integer.class)),
                                DATE.eq(DSL.param("date", LocalDate.class))),
                "municipality",
                "year",
                "date");
    }

    @Test
    void each_call_answers_for_its_own_values_with_typed_fields() {
        RenderedQuery query = setAt();

        Record first =
                query.fetchOptional("1081", 2016, LocalDate.of(2016, 12, 31)).orElseThrow();
        Record other =
                query.fetchOptional("1384", 2016, LocalDate.of(2016, 12, 31)).orElseThrow();

        assertThat(first.get(MUNICIPALITY)).isEqualTo("1081");
        assertThat(first.get(DATE)).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(first.get(COMPUTED).toInstant())
                .isEqualTo(OffsetDateTime.parse("2017-01-02T03:04:05+01:00").toInstant());
        assertThat(other.get(MUNICIPALITY)).isEqualTo("1384");
        assertThat(query.fetchOptional("1081", 2016, LocalDate.of(2016, 6, 30))).isEmpty();
    }

    @Test
    void the_callers_values_follow_the_order_of_the_names_not_of_the_query() {
        RenderedQuery query = RenderedQuery.of(
                db,
                db.select(DATE)
                        .from(SET)
                        .where(
                                MUNICIPALITY.eq(DSL.param("municipality", String.class)),
                                YEAR.eq(DSL.param("year", Integer.class)))
                        .orderBy(DATE),
                "year",
                "municipality");

        assertThat(query.fetch(2016, "1081").getValues(DATE))
                .containsExactly(LocalDate.of(2016, 8, 31), LocalDate.of(2016, 12, 31));
    }

    @Test
    void a_value_fixed_in_the_query_keeps_it() {
        RenderedQuery newest = RenderedQuery.of(
                db,
                db.select(DATE)
                        .from(SET)
                        .where(MUNICIPALITY.eq(DSL.param("municipality", String.class)))
                        .orderBy(DATE.desc())
                        .limit(1),
                "municipality");

        assertThat(newest.fetch("1081").getValues(DATE)).containsExactly(LocalDate.of(2017, 12, 31));
    }

    @Test
    void more_than_one_row_for_a_unique_look_up_is_an_error_not_the_first_row() {
        RenderedQuery byMunicipality = RenderedQuery.of(
                db, db.select(DATE).from(SET).where(MUNICIPALITY.eq(DSL.param("m", String.class))), "m");

        assertThatThrownBy(() -> byMunicipality.fetchOptional("1081")).isInstanceOf(IllegalStateException.class);
        assertThat(byMunicipality.fetchOptional("1384")).isPresent();
    }

    @Test
    void a_name_the_query_lacks_or_a_wrong_number_of_values_is_refused() {
        assertThatThrownBy(() -> RenderedQuery.of(
                        db, db.select(DATE).from(SET).where(MUNICIPALITY.eq(DSL.param("m", String.class))), "kommun"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kommun");
        assertThatThrownBy(() -> RenderedQuery.of(
                        db,
                        db.select(DATE)
                                .from(SET)
                                .where(MUNICIPALITY.eq(DSL.param("m", String.class)))
                                .and(YEAR.eq(DSL.param("year", Integer.class))),
                        "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year");
        assertThatThrownBy(() -> setAt().fetch("1081", 2016)).isInstanceOf(IllegalArgumentException.class);
    }
}
