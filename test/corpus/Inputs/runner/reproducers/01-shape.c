// a reproducer
