// A compiler warning with a note: how notes reach SARIF as related locations.
int shadow(int n) {
  {
    int n = 2;
    return n;
  }
}
