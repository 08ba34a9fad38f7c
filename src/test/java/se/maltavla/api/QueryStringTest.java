package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void a_well_encoded_query_has_nothing_unreadable() {
        assertThat(QueryString.firstUnreadable("niva=mal&datum=2017-08-31&x=%C3%A5+%20&flag"))
                .isEmpty();
        assertThat(QueryString.firstUnreadable(null)).isEmpty();
        assertThat(QueryString.decode("%C3%A5r+1")).contains("år 1");
    }

    @Test
    void names_the_first_parameter_with_a_broken_percent_or_bytes_that_are_not_utf_8() {
        assertThat(QueryString.firstUnreadable("niva=mal&datum=%ff&x=%"))
                .contains(new QueryString.Unreadable("datum", "%ff"));
        assertThat(QueryString.firstUnreadable("niva=%e4")).contains(new QueryString.Unreadable("niva", "%e4"));
        assertThat(QueryString.firstUnreadable("niva=%c3%28")).contains(new QueryString.Unreadable("niva", "%c3%28"));
        assertThat(QueryString.firstUnreadable("niva=mal%")).contains(new QueryString.Unreadable("niva", "mal%"));
        assertThat(QueryString.firstUnreadable("niva=%zz")).contains(new QueryString.Unreadable("niva", "%zz"));
        assertThat(QueryString.firstUnreadable("%ff=1")).contains(new QueryString.Unreadable("%ff", "1"));
    }
}
