package app.rapport.demo;

/** A job title with its feminine form; many languages have one ("Geschäftsführerin"). */
record Title(String male, String female) {
    static Title of(String male, String female) {
        return new Title(male, female);
    }

    static Title same(String both) {
        return new Title(both, both);
    }

    String forPerson(boolean isFemale) {
        return isFemale ? female : male;
    }
}
