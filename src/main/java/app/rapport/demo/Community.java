package app.rapport.demo;

/**
 * A cluster of the network: people of one culture in one city and industry, working at the
 * community's organisations and meeting at its conference. Ties, when they come, run mostly
 * inside a community, with a few brokers bridging two.
 *
 * @param weight how large the community is relative to the others
 */
record Community(int index, Culture culture, City city, Industry industry, int conferenceYear, double weight) {

    String cityTag() {
        return city.locality();
    }

    String conferenceTag() {
        return industry.conference(conferenceYear);
    }
}
