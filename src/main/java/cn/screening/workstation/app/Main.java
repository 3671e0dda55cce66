package cn.screening.workstation.app;

public final class Main {
    public static void main(String[] args) {
    }
}
